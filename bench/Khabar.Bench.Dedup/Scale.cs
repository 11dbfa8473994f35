using System.Diagnostics;
using Khabar.Archive.Dedup;
using Khabar.Model;

namespace Khabar.Bench.Dedup;

/// <summary>
/// The near-duplicate pass over N generated articles: each is 3–8 real paragraphs drawn at random (seeded) from the
/// shared sets, and one in ten is a republished copy of a recent one (within three days of it), so groups form as
/// they would in a feed. Dates either follow the feed (one article a minute) or, as the archive scale bench draws
/// them, are spread at random over eight years and arrive in no order. Reports time and peak memory ten times.
/// </summary>
internal static class Scale
{
    private const int Batch = 1000;

    public static void Run(string root, int count, bool randomDates)
    {
        var pool = NewsSets.Isna(root).SelectMany(x => x.Article.Paragraphs)
            .Concat(NewsSets.LangMl(root, "langml-farsnews").SelectMany(a => a.Paragraphs))
            .Concat(NewsSets.LangMl(root, "langml-varzesh3").SelectMany(a => a.Paragraphs))
            .Where(p => p.Length > 40).ToArray();
        Console.WriteLine($"paragraph pool: {pool.Length:N0}; articles: {count:N0}; batches of {Batch}; {Environment.ProcessorCount} cores; " +
            $"dates {(randomDates ? "at random over eight years" : "in feed order, a minute apart")}");

        Baseline(pool);
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "dedup.db");
        using var dedup = Deduplication.Open(file);
        var random = new Random(8);
        var variants = new Variants(seed: 8);
        var recent = new (int Id, Article Article)[1000];
        var family = new int[count + 1];
        var watch = Stopwatch.StartNew();
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var batch = new List<(long, Article)>(Batch);
        for (var id = 1; id <= count; id++)
        {
            Article article;
            if (id > 1000 && random.Next(10) == 0)
            {
                var (originalId, original) = recent[random.Next(recent.Length)];
                family[id] = family[originalId];
                article = variants.Of(original).Copy;
                article = article with { Published = randomDates ? original.Published!.Value.AddMinutes(random.Next(3 * 1440)) : at.AddMinutes(id) };
            }
            else
            {
                var paragraphs = Enumerable.Range(0, random.Next(3, 9)).Select(_ => pool[random.Next(pool.Length)]).ToList();
                family[id] = id;
                article = Variants.Original(new Article { Source = "generated", Paragraphs = paragraphs });
                article = article with { Published = randomDates ? at.AddDays(random.Next(365 * 8)).AddMinutes(random.Next(1440)) : at.AddMinutes(id) };
            }

            recent[id % recent.Length] = (id, article);
            batch.Add((id, article));
            if (batch.Count == Batch)
            {
                dedup.Finder.Add(batch, id);
                batch.Clear();
            }

            if (id % Math.Max(Batch, count / 10) == 0 || id == count)
            {
                Report(id, watch.Elapsed, file);
            }
        }

        var groups = dedup.Store.Groups().ToList();
        Console.WriteLine($"groups: {groups.Count:N0}, copies beside canonicals: {groups.Sum(g => g.Members.Count - 1):N0}, " +
            $"largest group: {groups.Select(g => g.Members.Count).DefaultIfEmpty().Max()}");

        // Pairs against the generator's families (an original and its copies, copies of copies included). Two
        // generated articles may share most of their paragraphs by chance; such a pair counts as wrong.
        long gold = family.Skip(1).CountBy(f => f).Sum(f => (long)f.Value * (f.Value - 1) / 2), predicted = 0, correct = 0;
        foreach (var members in groups.Select(g => g.Members))
        {
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    predicted++;
                    correct += family[members[a]] == family[members[b]] ? 1 : 0;
                }
            }
        }

        Console.WriteLine($"pairs: gold {gold:N0}, predicted {predicted:N0}, correct {correct:N0}; " +
            $"precision {(double)correct / Math.Max(1, predicted):F4}, recall {(double)correct / Math.Max(1, gold):F4}");
    }

    /// <summary>Fingerprinting alone, on one thread: the part of the pass that does not touch SQLite.</summary>
    private static void Baseline(string[] pool)
    {
        var random = new Random(9);
        var articles = Enumerable.Range(0, 20_000).Select(_ => Variants.Original(new Article
        {
            Source = "generated", Paragraphs = Enumerable.Range(0, random.Next(3, 9)).Select(_ => pool[random.Next(pool.Length)]).ToList(),
        })).ToList();
        var fingerprinter = new Fingerprinter();
        var watch = Stopwatch.StartNew();
        var folded = articles.Select(Fingerprinter.FoldedCopy).ToList();
        var fold = watch.Elapsed.TotalSeconds;
        var shingles = folded.Sum(f => (long)fingerprinter.Of(f).Shingles);
        Console.WriteLine($"baseline, one thread, 20,000 articles: folding {20_000 / fold:N0}/s, " +
            $"MinHash {20_000 / (watch.Elapsed.TotalSeconds - fold):N0}/s ({shingles / 20_000} sampled shingles per article)");
    }

    private static void Report(int done, TimeSpan elapsed, string file)
    {
        using var process = Process.GetCurrentProcess();
        var bytes = new[] { "", "-wal" }.Select(s => new FileInfo(file + s)).Where(f => f.Exists).Sum(f => f.Length);
        Console.WriteLine($"{done,10:N0} articles  {elapsed.TotalSeconds,7:F1} s  {done / elapsed.TotalSeconds,7:N0}/s  " +
            $"peak working set {process.PeakWorkingSet64 / 1048576.0,6:N0} MB  database {bytes / 1048576.0,6:N0} MB");
    }
}
