using Khabar.Entities.Ner;

namespace Khabar.Core.Tests.Entities;

public sealed class NameLexiconTests
{
    private static NerSentence Sentence(string tokens, string tags) => new(tokens.Split(' '), tags.Split(' '));

    [Fact]
    public void Names_keep_their_most_frequent_type_and_folded_keys()
    {
        var lexicon = NameLexicon.From([
            Sentence("جمهوری اسلامی ايران گفت", "B-ORG I-ORG I-ORG O"),
            Sentence("در ایران و ترکیه", "O B-LOC O B-LOC"),
            Sentence("ایران پیروز شد", "B-ORG O O"),
            Sentence("دولت ایران", "O B-LOC"),
        ]);

        Assert.Equal(
            [new("ایران", "LOC"), new("ترکیه", "LOC"), new("جمهوری اسلامی ایران", "ORG")],
            lexicon.Entries);
        var marks = lexicon.Gazetteer.Mark(
            new[] { "سفر", "به", "ترکيه", "و", "جمهوری", "اسلامی", "ايران" }.Select(TokenText.Key).ToArray(), EntityTypes.All);
        Assert.Equal([0, 0, 5, 0, 3, 4, 4], marks);
    }

    [Fact]
    public void More_names_join_only_where_the_sentences_do_not_annotate_them()
    {
        var lexicon = NameLexicon.From(
            [Sentence("در ایران و ترکیه", "O B-LOC O B-LOC")],
            [new("ایران", "ORG"), new("مونشن گلادباخ", "ORG"), new("ترکیه", "PER")]);

        Assert.Equal([new("ایران", "LOC"), new("ترکیه", "LOC"), new("مونشن گلادباخ", "ORG")], lexicon.Entries);
        var marks = lexicon.Gazetteer.Mark(["سرمربی", "مونشن", "گلادباخ"], EntityTypes.All);
        Assert.Equal([0, 3, 4], marks);
    }

    [Fact]
    public void Names_longer_than_the_limit_are_left_out()
    {
        var tokens = string.Join(' ', Enumerable.Repeat("الف", NameLexicon.MaxTokens + 1));
        var tags = string.Join(' ', Enumerable.Range(0, NameLexicon.MaxTokens + 1).Select(i => i == 0 ? "B-ORG" : "I-ORG"));
        Assert.Empty(NameLexicon.From([Sentence(tokens, tags)]).Entries);
    }
}
