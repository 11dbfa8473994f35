using Khabar.Core.Tests.Html;

namespace Khabar.Bench.Extraction;

/// <summary>Gold dates, titles, must-include / must-exclude text and token F1, Khabar and SmartReader side by side.</summary>
internal static class Quality
{
    public static void Run(List<GoldPage> pages)
    {
        Console.WriteLine("| page | gold | date K / SR | title K / SR | segments K / SR | text F1 K / SR |");
        Console.WriteLine("|---|---|---|---|---|---|");
        int[] dates = [0, 0], titles = [0, 0], segments = [0, 0];
        int dateGold = 0, titleGold = 0, segmentGold = 0;
        var f1 = new List<(double K, double S)>();
        foreach (var page in pages)
        {
            Output[] outputs = [Extractors.RunKhabar(page.Html, page.Url), Extractors.RunSmartReader(page.Html, page.Url)];
            var cells = new List<string>();
            cells.Add(Cell(page.Date, outputs, o => o.Published?.ToString("yyyy-MM-dd") == page.Date, dates, ref dateGold));
            cells.Add(Cell(page.Title, outputs, o => Same(o.Title, page.Title!), titles, ref titleGold));
            cells.Add(Cell(page.With.Count + page.Without.Count > 0 ? "x" : null, outputs, o => Segments(o.Body, page), segments, ref segmentGold));
            if (page.Text is { } gold)
            {
                var score = (TokenF1.Score(outputs[0].Body, gold), TokenF1.Score(outputs[1].Body, gold));
                f1.Add(score);
                cells.Add($"{score.Item1:0.000} / {score.Item2:0.000}");
            }
            else
            {
                cells.Add("");
            }

            Console.WriteLine($"| {page.Name} | {page.Date ?? ""} | {string.Join(" | ", cells)} |");
        }

        Console.WriteLine();
        Console.WriteLine($"dates: Khabar {dates[0]}/{dateGold}, SmartReader {dates[1]}/{dateGold}");
        Console.WriteLine($"titles: Khabar {titles[0]}/{titleGold}, SmartReader {titles[1]}/{titleGold}");
        Console.WriteLine($"segment pages (all must-include present, no must-exclude): Khabar {segments[0]}/{segmentGold}, SmartReader {segments[1]}/{segmentGold}");
        if (f1.Count > 0)
        {
            Console.WriteLine($"text token F1 (mean of {f1.Count}): Khabar {f1.Average(x => x.K):0.000}, SmartReader {f1.Average(x => x.S):0.000}");
        }

        var bodies = GoldPages.ArefeeBodies().Select(b => (
            K: TokenF1.Score(Extractors.RunKhabar(b.Html, "https://example.invalid/a").Body, b.Gold),
            S: TokenF1.Score(Extractors.RunSmartReader(b.Html, "https://example.invalid/a").Body, b.Gold))).ToList();
        if (bodies.Count > 0)
        {
            Console.WriteLine($"AsrIran/Fars bodyHtml vs body, token F1 (mean of {bodies.Count}): Khabar {bodies.Average(x => x.K):0.000}, SmartReader {bodies.Average(x => x.S):0.000}; "
                + $"records at F1 >= 0.95: Khabar {bodies.Count(x => x.K >= 0.95)}, SmartReader {bodies.Count(x => x.S >= 0.95)}");
        }
    }

    private static string Cell(string? gold, Output[] outputs, Func<Output, bool> right, int[] tally, ref int golds)
    {
        if (gold is null)
        {
            return "";
        }

        golds++;
        var marks = outputs.Select((o, i) =>
        {
            var ok = right(o);
            tally[i] += ok ? 1 : 0;
            return ok ? "yes" : "no";
        });
        return string.Join(" / ", marks);
    }

    private static bool Same(string? got, string want) => got is not null && TokenF1.Tokens(got).SequenceEqual(TokenF1.Tokens(want));

    private static bool Segments(string body, GoldPage page)
    {
        var text = string.Join(' ', TokenF1.Tokens(body));
        bool Has(string s) => text.Contains(string.Join(' ', TokenF1.Tokens(s)), StringComparison.Ordinal);
        return page.With.All(Has) && !page.Without.Any(Has);
    }
}
