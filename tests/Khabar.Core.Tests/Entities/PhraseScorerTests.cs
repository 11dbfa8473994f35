using Khabar.Entities.Ner;

namespace Khabar.Core.Tests.Entities;

public sealed class PhraseScorerTests
{
    [Fact]
    public void A_phrase_counts_only_when_type_and_both_ends_match()
    {
        var scorer = new PhraseScorer();
        // gold: [PER 0-2] [LOC 3] ; predicted: [PER 0-1] (wrong end) [LOC 3] (right) [ORG 5] (spurious)
        scorer.Add(["B-PER", "I-PER", "O", "B-LOC", "O", "O"], ["B-PER", "O", "O", "B-LOC", "O", "B-ORG"]);
        var overall = scorer.Overall();
        Assert.Equal((3, 2, 1), (overall.Predicted, overall.Gold, overall.Correct));
        Assert.Equal(100.0 / 3, overall.Precision, 6);
        Assert.Equal(50.0, overall.Recall, 6);
        Assert.Equal(40.0, overall.F1, 6);
        var loc = scorer.ByType().Single(s => s.Type == "LOC");
        Assert.Equal(100.0, loc.F1, 6);
        Assert.Equal(0.0, scorer.ByType().Single(s => s.Type == "ORG").F1);
    }

    [Fact]
    public void An_inside_tag_after_another_type_starts_a_phrase_as_conlleval_reads_it()
    {
        var spans = TagSpan.From(["I-PER", "I-PER", "I-LOC", "B-LOC", "I-LOC"]);
        Assert.Equal([new TagSpan("PER", 0, 2), new TagSpan("LOC", 2, 3), new TagSpan("LOC", 3, 5)], spans);
    }

    [Fact]
    public void The_overall_score_can_be_limited_to_some_types()
    {
        var scorer = new PhraseScorer();
        scorer.Add(["B-PER", "O", "B-DAT"], ["B-PER", "O", "O"]);
        Assert.Equal(100.0, scorer.Overall("PER", "ORG", "LOC").F1, 6);
        Assert.Equal(50.0, scorer.Overall().Recall, 6);
    }

    [Fact]
    public void Scorers_of_several_folds_pool_their_counts()
    {
        var a = new PhraseScorer();
        a.Add(["B-PER", "O"], ["B-PER", "B-LOC"]);
        var b = new PhraseScorer();
        b.Add(["B-LOC", "I-LOC"], ["B-LOC", "O"]);
        a.Add(b);
        var loc = a.ByType().Single(s => s.Type == "LOC");
        Assert.Equal((2, 1, 0), (loc.Predicted, loc.Gold, loc.Correct));
        Assert.Equal((3, 2, 1), (a.Overall().Predicted, a.Overall().Gold, a.Overall().Correct));
    }
}
