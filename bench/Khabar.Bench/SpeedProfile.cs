using System.Diagnostics;
using System.Text;
using Khabar.Persian.Normalization;

namespace Khabar.Bench;

/// <summary>`speed-profile`: a quick stopwatch split of the normalizer's cost by option and by kind of body.</summary>
internal static class SpeedProfile
{
    public static int Run(string[] args)
    {
        var bodies = NormalizeBenchmarks.LoadBodies();
        if (args.Contains("--conditions"))
        {
            var only = Paths.Option(args, "--condition");
            return Conditions(bodies, int.Parse(Paths.Option(args, "--rounds", "3")!), only is null ? NormalizeBenchmarks.ConditionNames : [only]);
        }

        var kept = bodies.Where(b => b.Contains('\u200C')).ToArray();
        var lost = bodies.Where(b => !b.Contains('\u200C')).ToArray();
        var glued = bodies.Take(500).Select(b => b.Replace("\u200C", "")).ToArray();
        var spaced = bodies.Take(500).Select(b => b.Replace('\u200C', ' ')).ToArray();
        var full = new PersianNormalizer();
        var noRepair = new PersianNormalizer(new NormalizerOptions { HalfSpace = false });
        var bare = new PersianNormalizer(new NormalizerOptions { HalfSpace = false, PunctuationSpacing = false, DigitScript = DigitScript.Keep });
        full.Normalize("می شود");
        var sets = new[] { ("all", bodies), ("with ZWNJ", kept), ("without ZWNJ", lost), ("glued 500", glued), ("spaced 500", spaced) };
        if (args.Contains("--full") || args.Contains("--damaged") || args.Contains("--spaced"))
        {
            var (label, set) = args.Contains("--full") ? ("all full", bodies) : args.Contains("--spaced") ? ("spaced full", spaced) : ("glued full", glued);
            for (var round = 0; round < 4; round++)
            {
                Time(label, set, full);
            }

            return 0;
        }

        foreach (var (name, set) in sets)
        {
            foreach (var (label, normalizer) in new[] { ("full", full), ("no repair", noRepair), ("char pass only", bare) })
            {
                Time($"{name,-13} {label,-15}", set, normalizer);
            }
        }

        return 0;
    }

    /// <summary>
    /// The whole normalizer on every ISNA body as written, with every half-space deleted and with every one turned
    /// into a space, next to the 64K-table character map on the same input: the median of several alternating
    /// rounds, and the ratio to the map's median, which keeps the figure comparable on a loaded machine.
    /// </summary>
    private static int Conditions(string[] bodies, int rounds, IEnumerable<string> conditions)
    {
        var normalizer = new PersianNormalizer();
        normalizer.Normalize("می شود");
        var map = new NormalizeBenchmarks();
        Console.WriteLine($"MB/s of UTF-8 per second of this process's CPU time (wall-clock MB/s in brackets), median of {rounds} alternating rounds, {bodies.Length} bodies");
        Console.WriteLine("condition   normalizer MB/s        char map MB/s        normalizer / map   allocated bytes per MB");
        foreach (var condition in conditions)
        {
            var set = NormalizeBenchmarks.InCondition(bodies, condition);
            var megabytes = set.Sum(b => Encoding.UTF8.GetByteCount(b)) / 1e6;
            var normalized = new List<double>();
            var mapped = new List<double>();
            var normalizedWall = new List<double>();
            var mappedWall = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var (cpu, wall) = Seconds(() => map.Map(set));
                (mapped, mappedWall) = ([.. mapped, megabytes / cpu], [.. mappedWall, megabytes / wall]);
                (cpu, wall) = Seconds(() => Normalize(normalizer, set));
                (normalized, normalizedWall) = ([.. normalized, megabytes / cpu], [.. normalizedWall, megabytes / wall]);
            }

            var (n, m) = (Median(normalized), Median(mapped));
            var before = GC.GetAllocatedBytesForCurrentThread();
            Normalize(normalizer, set);
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / megabytes;
            Console.WriteLine($"{condition,-10} {n,8:0.0} ({Median(normalizedWall),6:0.0}) {m,12:0.0} ({Median(mappedWall),6:0.0}) {n / m,14:0.0000} {allocated,16:0}   ({megabytes:0.0} MB)");
        }

        return 0;
    }

    private static int Normalize(PersianNormalizer normalizer, string[] set)
    {
        var total = 0;
        foreach (var b in set)
        {
            total += normalizer.Normalize(b).Length;
        }

        return total;
    }

    /// <summary>The process's CPU seconds and the wall-clock seconds the work took.</summary>
    private static (double Cpu, double Wall) Seconds(Func<int> work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        work();
        var wall = watch.Elapsed.TotalSeconds;
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalSeconds, wall);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Time(string label, string[] set, PersianNormalizer normalizer)
    {
        var megabytes = set.Sum(b => Encoding.UTF8.GetByteCount(b)) / 1e6;
        foreach (var b in set.Take(200))
        {
            normalizer.Normalize(b);
        }

        var watch = Stopwatch.StartNew();
        var rounds = 0;
        while (watch.Elapsed.TotalSeconds < 2 || rounds < 1)
        {
            foreach (var b in set)
            {
                normalizer.Normalize(b);
            }

            rounds++;
        }

        Console.WriteLine($"{label} {megabytes * rounds / watch.Elapsed.TotalSeconds,8:0.0} MB/s  ({megabytes:0.0} MB)");
    }
}
