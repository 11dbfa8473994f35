using System.Diagnostics;
using Khabar.Archive;
using Khabar.Archive.Store;
using Khabar.Model;
using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Bench.Archive;

/// <summary>
/// Where ingest time goes: the scale bench's generated articles through each step on one thread, timed step by step
/// (read and extract, each pipeline stage, linking bare names to learned entities, store, index, duplicates, stories), as processor milliseconds per 1,000
/// articles.
/// </summary>
internal static class IngestProfile
{
    public static void Run(string root, int count, int every = 0)
    {
        using var temp = new TempFolder();
        var input = Path.Combine(temp.Path, "articles.jsonl");
        Scale.Generate(root, input, count);

        // Processor time of the whole process (every thread, the collector's too), so that other load on the machine
        // inflates the figures less than wall time would.
        var steps = new Dictionary<string, TimeSpan>();
        var window = new Dictionary<string, TimeSpan>();
        // Bytes written to the disk per step (Linux), to tell the steps that rewrite the archive's files.
        var bytes = new Dictionary<string, long>();
        // Bytes allocated per step (every thread), and the collector's pauses over the whole run.
        var allocated = new Dictionary<string, long>();
        var pausesBefore = GC.GetTotalPauseDuration();
        var process = Process.GetCurrentProcess();
        void Time(string step, Action action)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var bytesBefore = Scale.WrittenBytes() ?? 0;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            action();
            allocated[step] = allocated.GetValueOrDefault(step) + (GC.GetTotalAllocatedBytes() - allocatedBefore);
            bytes[step] = bytes.GetValueOrDefault(step) + ((Scale.WrittenBytes() ?? 0) - bytesBefore);
            process.Refresh();
            steps[step] = steps.GetValueOrDefault(step) + (process.TotalProcessorTime - before);
            window[step] = window.GetValueOrDefault(step) + (process.TotalProcessorTime - before);
        }

        var reader = new PipelineBuilder().UseJsonRecords().Build();
        List<Article> articles = [];
        Time("read + extract", () => articles = reader.Run(InputPaths.Expand([input], () => Stream.Null)).Select(r => r.Article!).ToList());
        foreach (var (name, stage) in new (string, PipelineBuilder)[]
                 {
                     ("normalize", new PipelineBuilder().UseNormalizer()), ("dates", new PipelineBuilder().UseDates()),
                     ("entities", new PipelineBuilder().UseEntities()),
                 })
        {
            var pipeline = stage.Build();
            Time(name, () => articles = articles.Select(pipeline.Process).ToList());
        }

        using (var archive = KhabarArchive.Open(Path.Combine(temp.Path, "archive")))
        {
            var done = 0;
            window.Clear();
            foreach (var part in articles.Chunk(500))
            {
                var chunk = part.ToList();
                Time("entity links", () => Khabar.Archive.Ingest.BatchLinker.Link(chunk, archive.Store.Learned));
                IReadOnlyList<(long Id, WriteOutcome Outcome)> outcomes = [];
                Time("store write", () => outcomes = archive.Store.Write(chunk));
                var written = chunk.Select((a, i) => (outcomes[i].Id, a)).ToList();
                Time("index put", () =>
                {
                    for (var i = 0; i < written.Count; i++)
                    {
                        var stored = new StoredArticle(written[i].Id, 0, "", "", written[i].a);
                        if (outcomes[i].Outcome == WriteOutcome.Added)
                        {
                            archive.Index.PutNew(stored);
                        }
                        else
                        {
                            archive.Index.Put(stored);
                        }
                    }
                });
                Time("duplicates", () => archive.Dedup.Finder.Add(written, archive.Store.LastSequence));
                Time("stories", () => new Khabar.Archive.Dedup.Stories.StoryFinder(archive.Dedup.Stories, archive.Dedup.Store).Add(written, archive.Store.LastSequence));
                done += chunk.Count;
                if (every > 0 && done % every == 0)
                {
                    // The archive's steps over the last window: which of them grow with the archive.
                    Console.WriteLine($"  at {done:N0}: " + string.Join(", ", window.Select(w => $"{w.Key} {w.Value.TotalMilliseconds * 1000 / every:N0}")));
                    window.Clear();
                }
            }

            Time("index commit", () => archive.Index.Commit(archive.Store.LastSequence));
        }

        var total = steps.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine($"{count:N0} articles, processor ms per 1,000 articles:");
        foreach (var (step, time) in steps)
        {
            Console.WriteLine($"  {step,-16} {time.TotalMilliseconds * 1000 / count,8:N0}  {time / total,6:P0}  {bytes.GetValueOrDefault(step) / 1024.0 / count,8:N1} KB written, {allocated.GetValueOrDefault(step) / 1024.0 / count,8:N1} KB allocated per article");
        }

        Console.WriteLine($"  {"total",-16} {total.TotalMilliseconds * 1000 / count,8:N0}  = {count / total.TotalSeconds:N0} articles/s per core");
        Console.WriteLine($"  collector pauses {(GC.GetTotalPauseDuration() - pausesBefore).TotalMilliseconds * 1000 / count:N0} ms per 1,000 articles (wall), {GC.CollectionCount(0):N0} collections");
    }
}
