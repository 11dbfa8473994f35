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
        var kept = bodies.Where(b => b.Contains('\u200C')).ToArray();
        var lost = bodies.Where(b => !b.Contains('\u200C')).ToArray();
        var glued = bodies.Take(500).Select(b => b.Replace("\u200C", "")).ToArray();
        var spaced = bodies.Take(500).Select(b => b.Replace('\u200C', ' ')).ToArray();
        var full = new PersianNormalizer();
        var noRepair = new PersianNormalizer(new NormalizerOptions { HalfSpace = false });
        var bare = new PersianNormalizer(new NormalizerOptions { HalfSpace = false, PunctuationSpacing = false, DigitScript = DigitScript.Keep });
        full.Normalize("می شود");
        var sets = new[] { ("all", bodies), ("with ZWNJ", kept), ("without ZWNJ", lost), ("glued 500", glued), ("spaced 500", spaced) };
        if (args.Contains("--full") || args.Contains("--damaged"))
        {
            var (label, set) = args.Contains("--full") ? ("all full", bodies) : ("glued full", glued);
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
