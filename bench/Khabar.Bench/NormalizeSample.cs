using System.Text;
using Khabar.Persian.Normalization;

namespace Khabar.Bench;

/// <summary>
/// `normalize-sample`: the normalizer's output for a fixed, seeded sample of the shared news text (paragraphs and
/// whole articles), each as written, with every half-space deleted and with every half-space turned into a space.
/// Written to a file so that two builds of the normalizer can be compared byte for byte.
/// </summary>
internal static class NormalizeSample
{
    public static int Run(string[] args)
    {
        var output = Paths.Option(args, "--out");
        if (output is null)
        {
            Console.Error.WriteLine("normalize-sample: --out FILE is required");
            return 2;
        }

        var seed = int.Parse(Paths.Option(args, "--seed", "20261126")!);
        var paragraphs = int.Parse(Paths.Option(args, "--paragraphs", "3000")!);
        var articles = int.Parse(Paths.Option(args, "--articles", "300")!);
        var sample = Sample(seed, paragraphs, articles);
        var normalizer = new PersianNormalizer();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false)) { NewLine = "\n" };
        var changed = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            foreach (var (condition, text) in Conditions(sample[i]))
            {
                var result = normalizer.Normalize(text);
                changed += ReferenceEquals(result, text) ? 0 : 1;
                writer.WriteLine($"=== {i} {condition}");
                writer.WriteLine(result);
            }
        }

        Console.WriteLine($"{sample.Count} texts x 3 conditions written to {output} ({changed} changed by the normalizer)");
        return 0;
    }

    /// <summary>A text as written, with every half-space deleted, and with every half-space turned into a space.</summary>
    public static IEnumerable<(string Condition, string Text)> Conditions(string text) =>
        [("kept", text), ("deleted", text.Replace("\u200C", "", StringComparison.Ordinal)), ("spaced", text.Replace('\u200C', ' '))];

    private static List<string> Sample(int seed, int paragraphs, int articles)
    {
        var all = NewsCorpus.All().Select(a => a.Text).Where(t => t.Contains('\u200C')).ToArray();
        var random = new Random(seed);
        random.Shuffle(all);
        var pieces = all.Skip(articles)
            .SelectMany(t => t.Split('\n'))
            .Where(p => p.Trim().Length >= 20)
            .Take(paragraphs * 20)
            .ToArray();
        random.Shuffle(pieces);
        return [.. all.Take(articles), .. pieces.Take(paragraphs)];
    }
}
