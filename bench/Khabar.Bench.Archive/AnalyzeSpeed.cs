using System.Diagnostics;
using Khabar.Archive.Index;
using Khabar.Archive.Store;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Khabar.Bench.Archive;

/// <summary>Where ingest time goes: analysis alone, store writes alone, index puts alone, on the real corpus.</summary>
internal static class AnalyzeSpeed
{
    public static void Run(string root)
    {
        var articles = Corpus.Load(root);
        var texts = articles.Select(DocumentBuilder.BodyText).ToList();
        var megabytes = texts.Sum(t => (long)t.Length * 2) / 1048576.0;
        Console.WriteLine($"{articles.Count:N0} articles, {megabytes:0.0} MB of UTF-16 body text");

        Time("analyzer (Khabar)", texts.Count, () => Analyze(ArchiveIndex.Analyzer, texts));
        var folder = Directory.CreateTempSubdirectory("khabar-bench-").FullName;
        try
        {
            using var store = SqliteStore.Open(Path.Combine(folder, "store.db"));
            Time("store writes", articles.Count, () =>
            {
                foreach (var chunk in articles.Chunk(500))
                {
                    store.Write(chunk);
                }
            });
            using var index = ArchiveIndex.Open(Path.Combine(folder, "index"));
            var stored = articles.Select((a, i) => new StoredArticle(i + 1, 0, "", "", a)).ToList();
            Time("index puts + commit", stored.Count, () =>
            {
                stored.ForEach(index.Put);
                index.Commit(1);
            });
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static void Analyze(Analyzer analyzer, List<string> texts)
    {
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("body", text);
            stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
            }

            stream.End();
        }
    }

    private static void Time(string what, int items, Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{what}: {clock.Elapsed.TotalSeconds:0.00} s, {items / clock.Elapsed.TotalSeconds:N0} items/s");
    }
}
