using System.Diagnostics;
using Khabar.Entities;
using Khabar.Entities.Ner;
using Khabar.Model;

namespace Khabar.Bench.Ner;

/// <summary>
/// The entity stage on whole articles (tokenizing, tagging, propagation, linking and roles): time per article
/// on one thread, and optionally every mention written out, so that two builds can be compared line by line.
/// </summary>
internal static class ArticleSpeed
{
    public static void Run(NerModel model, string dataRoot, string? dump)
    {
        var articles = SampleArticles.Read(dataRoot, 1000);
        var stage = new EntityStage(model);
        var tokens = articles.Sum(a => Fields(a).Sum(f => NerTokenizer.Tokenize(f).Count));
        var results = articles.Select(stage.Find).ToList();
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        for (var round = 0; round < 5; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                stage.Find(article);
            }

            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }

        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        paused = GC.GetTotalPauseDuration() - paused;
        collections = GC.CollectionCount(0) - collections;
        Console.WriteLine($"articles: {articles.Count} ISNA articles ({tokens} tokens) in {best:F2} s = {1000 * best / articles.Count:F3} ms/article "
            + $"({1000 * bestCpu / articles.Count:F3} ms CPU), {articles.Count / best:N0} articles/s, {tokens / best:N0} tokens/s on one thread (EntityStage.Find, best of 5); "
            + $"{allocated / 5.0 / articles.Count / 1024:F0} KB allocated and {paused.TotalMilliseconds / 5 / articles.Count:F3} ms of collection pauses per article ({collections / 5.0:F0} collections a round)");
        if (dump is not null)
        {
            using var writer = new StreamWriter(dump);
            for (var i = 0; i < articles.Count; i++)
            {
                foreach (var m in results[i])
                {
                    writer.WriteLine($"{articles[i].Source}\t{m.Field}\t{m.Start}\t{m.End}\t{m.Type}\t{m.Text}\t{m.CanonicalId}\t{m.CanonicalName}\t{m.Role}\t{m.English}");
                }
            }
        }
    }

    private static IEnumerable<string> Fields(Article a) => a.Paragraphs.Prepend(a.Title ?? "");
}
