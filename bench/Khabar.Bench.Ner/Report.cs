using Khabar.Entities.Ner;
using Khabar.Entities.Training;

namespace Khabar.Bench.Ner;

/// <summary>Scores a model on labeled sentences and prints CoNLL-style tables.</summary>
internal static class Report
{
    /// <summary>The types the goals are stated for: PER, ORG, LOC.</summary>
    public static readonly string[] Main = [EntityTypes.Person, EntityTypes.Organisation, EntityTypes.Location];

    public static PhraseScorer Score(NerModel model, IEnumerable<TrainingSentence> test, string? errorFile = null)
    {
        var sentences = test.ToList();
        // The test set as one document (the corpora keep their articles' sentences in order).
        var tokens = sentences.Select(s => s.Sentence.Tokens).ToList();
        var tagged = model.TagDocument(tokens);
        var scorer = new PhraseScorer();
        var errors = errorFile is null ? null : new Errors();
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            // A type the test corpus does not annotate cannot be scored on it.
            var kept = tagged[k].Select(t => EntityTypes.TypeOf(t) is { } type && !s.Corpus.Annotated.Contains(type) ? "O" : t).ToArray();
            scorer.Add(s.Sentence.Tags, kept);
            errors?.Add(tokens[k], s.Sentence.Tags, kept);
        }

        if (errors is not null)
        {
            using var writer = new StreamWriter(errorFile!);
            errors.Print(writer);
        }

        return scorer;
    }

    public static void Print(string title, PhraseScorer scorer, params string[] headline)
    {
        Console.WriteLine($"\n{title}");
        Console.WriteLine("| type | precision | recall | F1 | gold |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var s in scorer.ByType())
        {
            Line(s);
        }

        Line(scorer.Overall() with { Type = "overall (all types)" });
        if (headline.Length > 0)
        {
            Line(scorer.Overall(headline) with { Type = $"overall ({string.Join('/', headline)})" });
        }
    }

    private static void Line(TypeScore s) =>
        Console.WriteLine($"| {s.Type} | {s.Precision:F1} | {s.Recall:F1} | {s.F1:F1} | {s.Gold} |");
}
