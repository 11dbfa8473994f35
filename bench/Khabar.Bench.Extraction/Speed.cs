using System.Diagnostics;

namespace Khabar.Bench.Extraction;

/// <summary>Pages per second on one thread, Khabar and SmartReader in the same process, alternating rounds.</summary>
internal static class Speed
{
    public static void Run(List<GoldPage> pages, TimeSpan perExtractor)
    {
        (string Name, Func<string, string, Output> Run)[] extractors = [("Khabar", Extractors.RunKhabar), ("SmartReader", Extractors.RunSmartReader)];
        foreach (var (_, run) in extractors)
        {
            pages.ForEach(p => run(p.Html, p.Url));
        }

        var done = new long[extractors.Length];
        var time = new TimeSpan[extractors.Length];
        const int Rounds = 5;
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < extractors.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                while (clock.Elapsed < perExtractor / Rounds)
                {
                    pages.ForEach(p => extractors[i].Run(p.Html, p.Url));
                    done[i] += pages.Count;
                }

                time[i] += clock.Elapsed;
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| extractor | pages/s (one thread, {pages.Count} pages, {perExtractor.TotalSeconds:0} s) | ratio |");
        Console.WriteLine("|---|---|---|");
        var baseline = done[1] / time[1].TotalSeconds;
        for (var i = 0; i < extractors.Length; i++)
        {
            var rate = done[i] / time[i].TotalSeconds;
            Console.WriteLine($"| {extractors[i].Name} | {rate:0.0} | {rate / baseline:0.00}x |");
        }
    }
}

/// <summary>The floor under any AngleSharp-based extractor: parsing alone.</summary>
internal static class ParseOnly
{
    public static void Run(List<GoldPage> pages)
    {
        foreach (var options in new[] { new AngleSharp.Html.Parser.HtmlParserOptions(), new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false } })
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var n = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(3))
            {
                pages.ForEach(p => new AngleSharp.Html.Parser.HtmlParser(options).ParseDocument(p.Html));
                n += pages.Count;
            }

            Console.WriteLine($"parse only ({options.IsScripting}, {options.IsKeepingSourceReferences}): {n / clock.Elapsed.TotalSeconds:0.0} pages/s");
        }
    }
}
