using System.Diagnostics;

namespace Khabar.Bench.Extraction;

/// <summary>
/// Pages per second on one thread, Khabar and SmartReader in the same process. Rounds interleave the two finely
/// (A B B A: a pass of about 0.2 s over the pages each time, each from a collected heap) so a change in the machine's load
/// falls on both. Each pass is timed twice: by the wall clock and by the processor time the process used (all its
/// threads, the collector's included), which a loaded machine does not inflate. A ratio is the median of the
/// rounds' ratios, with the lowest and highest beside it.
/// </summary>
internal static class Speed
{
    public static void Run(List<GoldPage> pages, TimeSpan perExtractor)
    {
        (string Name, Func<string, string, Output> Run)[] extractors = [("Khabar", Extractors.RunKhabar), ("SmartReader", Extractors.RunSmartReader)];
        // Warm-up long enough for the tiered JIT to finish with both (methods are recompiled after 30 calls, and on a
        // loaded machine the recompiling lags: passes keep getting faster for some 60 of them); then three passes,
        // timed after it, size each extractor's pass (so many times over the pages) to about a fifth of a second.
        // (Timing the warm-up itself would count the JIT's work and leave a pass at one time over the pages.)
        var repeats = new int[extractors.Length];
        for (var i = 0; i < extractors.Length; i++)
        {
            var warm = Stopwatch.StartNew();
            for (var passes = 0; passes < 60 || warm.Elapsed < TimeSpan.FromSeconds(2); passes++)
            {
                pages.ForEach(p => extractors[i].Run(p.Html, p.Url));
            }

            var timed = Stopwatch.StartNew();
            for (var pass = 0; pass < 3; pass++)
            {
                pages.ForEach(p => extractors[i].Run(p.Html, p.Url));
            }

            repeats[i] = Math.Max(1, (int)(TimeSpan.FromSeconds(0.2) / (timed.Elapsed / 3)));
        }

        var wall = new TimeSpan[extractors.Length];
        var done = new long[extractors.Length];
        var work = new TimeSpan[extractors.Length];
        var (wallRatios, workRatios) = (new List<double>(), new List<double>());
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < perExtractor * extractors.Length || wallRatios.Count < 5)
        {
            var (roundWall, roundWork) = (new TimeSpan[extractors.Length], new TimeSpan[extractors.Length]);
            foreach (var i in new[] { 0, 1, 1, 0 })
            {
                // Each pass starts on a clean heap, so it pays for the collections its own garbage causes.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var (started, used) = (Stopwatch.GetTimestamp(), ProcessorTime.Now());
                for (var r = 0; r < repeats[i]; r++)
                {
                    pages.ForEach(p => extractors[i].Run(p.Html, p.Url));
                }

                // Time per pass over the pages, so the two extractors' rounds compare whatever their repeats.
                roundWork[i] += (ProcessorTime.Now() - used) / repeats[i];
                roundWall[i] += Stopwatch.GetElapsedTime(started) / repeats[i];
                done[i] += repeats[i] * pages.Count;
            }

            for (var i = 0; i < extractors.Length; i++)
            {
                (wall[i], work[i]) = (wall[i] + roundWall[i] * repeats[i], work[i] + roundWork[i] * repeats[i]);
            }

            wallRatios.Add(roundWall[1] / roundWall[0]);
            workRatios.Add(roundWork[1] / roundWork[0]);
        }

        Console.WriteLine();
        Console.WriteLine($"| extractor | pages/s, wall clock | pages/s per core, processor time | ratio, wall clock | ratio, processor time |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine($"| Khabar | {done[0] / wall[0].TotalSeconds:0.0} | {done[0] / work[0].TotalSeconds:0.0} | {Median(wallRatios)} | {Median(workRatios)} |");
        Console.WriteLine($"| SmartReader | {done[1] / wall[1].TotalSeconds:0.0} | {done[1] / work[1].TotalSeconds:0.0} | 1.00x | 1.00x |");
        Console.WriteLine($"({pages.Count} pages; {wallRatios.Count} rounds of A B B A, a pass = {repeats[0]} and {repeats[1]} times over the pages; one thread; ratio = median of the rounds, lowest–highest)");
    }

    private static string Median(List<double> ratios)
    {
        ratios.Sort();
        return $"{ratios[ratios.Count / 2]:0.00}x ({ratios[0]:0.00}–{ratios[^1]:0.00})";
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
