using System.Diagnostics;
using System.Text.Json;
using Khabar.Archive;
using Khabar.Archive.Search;
using Khabar.Extraction;
using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Bench.Archive;

/// <summary>
/// An archive of N articles recombined from real paragraphs (seeded), ingested through the real pipeline from a
/// JSON Lines file; then query latency over a fixed mix of words, phrases, filters and facets.
/// </summary>
internal static class Scale
{
    public static void Run(string root, int count, bool entities, string? keep = null)
    {
        using var temp = new TempFolder();
        var input = Path.Combine(temp.Path, "articles.jsonl");
        Generate(root, input, count);
        Console.WriteLine($"input: {new FileInfo(input).Length / 1048576.0:N0} MB of JSON Lines");

        if (keep is not null && Directory.Exists(keep) && Directory.EnumerateFileSystemEntries(keep).Any())
        {
            throw new InvalidOperationException($"{keep} is not empty: scale --keep builds a new archive there");
        }

        var archiveFolder = keep ?? Path.Combine(temp.Path, "archive");
        var clock = Stopwatch.StartNew();
        var processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pausedBefore = GC.GetTotalPauseDuration();
        var writtenBefore = WrittenBytes() ?? 0;
        // The working set sampled while ingest runs: how high it goes, and when (a peak between two progress lines
        // is a passing one: a merge, a collection, a full queue).
        var peak = (Bytes: 0L, Read: 0L, Seconds: 0.0, Anonymous: 0L, Files: 0L);
        var read = 0L;
        var threadTimes = new ThreadTimes();
        using var gcLog = new GcLog();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                threadTimes.Sample();
                if (process.WorkingSet64 > peak.Bytes)
                {
                    var (anonymous, files) = Resident();
                    peak = (process.WorkingSet64, Interlocked.Read(ref read), clock.Elapsed.TotalSeconds, anonymous, files);
                }

                await Task.Delay(250).ConfigureAwait(false);
            }
        });
        using (var archive = KhabarArchive.Open(archiveFolder))
        {
            var builder = new PipelineBuilder().UseJsonRecords().UseNormalizer().UseDates();
            var pipeline = (entities ? builder.UseEntities() : builder).Build();
            var summary = archive.Ingest(pipeline.RunParallel(InputPaths.Expand([input], () => Stream.Null), Environment.ProcessorCount), "scale bench",
                p =>
                {
                    Interlocked.Exchange(ref read, p.Read);
                    if (p.Read % 50_000 == 0)
                    {
                        var (anonymous, files) = Resident();
                        Console.WriteLine($"  {p.Read:N0} read at {p.Read / clock.Elapsed.TotalSeconds:N0}/s; working set {Environment.WorkingSet / 1048576.0:N0} MB " +
                            $"(anonymous {anonymous / 1048576.0:N0}, mapped files {files / 1048576.0:N0}); managed heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:N0} MB");
                        Console.WriteLine($"    {gcLog.Window()}");
                    }
                });
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"ingest: {summary.Added:N0} added in {seconds:N0} s = {summary.Read / seconds:N0} articles/s (entities {(entities ? "on" : "off")}), failed {summary.Failed}");
            // Processor time against wall time: what an article costs, and how many of the cores ingest kept busy.
            var processor = (Process.GetCurrentProcess().TotalProcessorTime - processorBefore).TotalSeconds;
            Console.WriteLine($"  processor time {processor:N0} s = {processor * 1000 / Math.Max(1, summary.Read):N2} ms per article; {processor / seconds:N2} of {Environment.ProcessorCount} cores busy");
            // While the collector has the threads paused, only the collector's own threads work.
            var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds;
            Console.WriteLine($"  threads paused by the collector {paused:N0} s = {paused / seconds:P1} of the time");
            if (WrittenBytes() - writtenBefore is { } written)
            {
                // What the process wrote to the disk (Linux): the store's write-ahead log and checkpoints, the index's flushes and merges.
                Console.WriteLine($"  written to disk {written / 1048576.0:N0} MB = {written / 1024.0 / Math.Max(1, summary.Read):N0} KB per article");
            }

            // Where the memory is at the end of ingest, the archive still open: the collector's heap (live and free
            // space) against what the process holds in all (native caches: SQLite pages, the tagger's table).
            sampling.Cancel();
            sampler.GetAwaiter().GetResult();
            threadTimes.Sample();
            Console.WriteLine("  processor time by thread: " + string.Join("; ", threadTimes.ByKind().Where(k => k.Seconds >= 1)
                .Select(k => $"{k.Kind} {k.Seconds:N0} s ({k.Threads} threads)")));
            Console.WriteLine($"  highest working set during ingest {peak.Bytes / 1048576.0:N0} MB (anonymous {peak.Anonymous / 1048576.0:N0}, mapped files {peak.Files / 1048576.0:N0}), " +
                $"at {peak.Read:N0} articles ({peak.Seconds:N0} s)");
            var heap = GC.GetGCMemoryInfo();
            Console.WriteLine($"  memory: working set {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:N0} MB; managed heap {heap.HeapSizeBytes / 1048576.0:N0} MB " +
                $"({heap.FragmentedBytes / 1048576.0:N0} MB of it free), committed {heap.TotalCommittedBytes / 1048576.0:N0} MB; live after a full collection {GC.GetTotalMemory(true) / 1048576.0:N0} MB");
        }

        Console.WriteLine($"archive size: {DirectorySize(archiveFolder) / 1048576.0:N0} MB; peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
        Latency(archiveFolder, 15);
    }

    /// <summary>
    /// The resident memory split into anonymous pages (heaps: managed, native) and pages of mapped files (the index
    /// files Lucene reads through memory maps, which the kernel can drop and read again), from Linux's
    /// /proc/self/status; zeros elsewhere.
    /// </summary>
    public static (long Anonymous, long Files) Resident()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return (0, 0);
        }

        long anonymous = 0, files = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anonymous = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
            {
                files = Kilobytes(line) * 1024;
            }
        }

        return (anonymous, files);

        static long Kilobytes(string line) =>
            long.Parse(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace("kB", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Bytes this process has written to the disk so far (Linux), or null where that is not known.</summary>
    public static long? WrittenBytes() =>
        File.Exists("/proc/self/io")
            ? File.ReadLines("/proc/self/io").Where(l => l.StartsWith("write_bytes:", StringComparison.Ordinal))
                .Select(l => (long?)long.Parse(l["write_bytes:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault()
            : null;

    /// <summary>The query mix over an archive already built (by <c>scale --keep DIR</c>), with each kind's figures.</summary>
    public static void Latency(string archiveFolder, int rounds, bool snippets = true, int warmup = 1)
    {
        using var reopened = KhabarArchive.Open(archiveFolder);
        Latency(reopened.Searcher(), rounds, snippets, warmup);
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
    }

    /// <summary>Writes <paramref name="count"/> articles recombined from the real paragraphs and titles (seed 1403).</summary>
    public static void Generate(string root, string path, int count)
    {
        var random = new Random(1403);
        var corpus = Corpus.Load(root);
        var paragraphs = corpus.SelectMany(a => a.Paragraphs).Where(p => p.Length > 80).Distinct().ToArray();
        var titles = corpus.Select(a => a.Title).OfType<string>().ToArray();
        Console.WriteLine($"recombining {paragraphs.Length:N0} real paragraphs and {titles.Length:N0} titles into {count:N0} articles (seed 1403)");

        using var output = new StreamWriter(path);
        var agencies = Agencies.All.Take(12).ToArray();
        for (var i = 0; i < count; i++)
        {
            var agency = agencies[random.Next(agencies.Length)];
            var day = new DateTime(2016, 3, 20).AddDays(random.Next(0, 365 * 8)).AddMinutes(random.Next(0, 1440));
            var body = string.Join('\n', Enumerable.Range(0, random.Next(3, 9)).Select(_ => paragraphs[random.Next(paragraphs.Length)]));
            output.WriteLine(JsonSerializer.Serialize(new
            {
                title = titles[random.Next(titles.Length)],
                body,
                newsCode = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                link = $"https://www.{agency.Hosts[0]}/news/{i}",
                date = day.ToString("yyyy-MM-ddTHH:mm:ss+03:30", System.Globalization.CultureInfo.InvariantCulture),
                category = new[] { "سیاسی", "اقتصادی", "ورزشی", "فرهنگی", "بین‌الملل" }[random.Next(5)],
            }));
        }
    }

    private static void Latency(ArchiveSearcher searcher, int rounds, bool snippets = true, int warmup = 1)
    {
        var mix = new (string Query, Func<SearchRequest, SearchRequest> Change)[]
        {
            ("ایران", r => r), ("هیئت‌ها", r => r), ("بازار ارز", r => r), ("\"تیم ملی\"", r => r), ("\"مجلس شورای اسلامی\"", r => r),
            ("نفت AND قیمت", r => r), ("فوتبال -پرسپولیس", r => r), ("title:انتخابات", r => r), ("agency:isna AND اقتصاد", r => r),
            ("بورس", r => r with { From = new DateTimeOffset(2020, 3, 20, 0, 0, 0, TimeSpan.FromHours(3.5)), To = new DateTimeOffset(2021, 3, 20, 0, 0, 0, TimeSpan.FromHours(3.5)) }),
            ("دولت", r => r with { Facets = ["agency", "desk", "month"] }), ("", r => r with { Facets = ["agency", "month"], Sort = SearchSort.Date }),
            ("سینما", r => r with { Sort = SearchSort.Date }), ("وزیر امور خارجه", r => r with { Offset = 20 }),
        };
        // Untimed rounds first: one by default; more leave out the runtime's first compilations of the query code.
        for (var round = 0; round < warmup; round++)
        {
            foreach (var (query, change) in mix)
            {
                searcher.Search(change(new SearchRequest(query) { Snippets = snippets }));
            }
        }

        var times = new List<double>();
        var byKind = mix.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < mix.Length; k++)
            {
                var clock = Stopwatch.StartNew();
                searcher.Search(mix[k].Change(new SearchRequest(mix[k].Query) { Snippets = snippets }));
                times.Add(clock.Elapsed.TotalMilliseconds);
                byKind[k].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        for (var k = 0; k < mix.Length; k++)
        {
            byKind[k].Sort();
            var hits = searcher.Search(mix[k].Change(new SearchRequest(mix[k].Query) { Limit = 0 })).Response?.Total ?? 0;
            Console.WriteLine($"  {Describe(mix[k].Query, mix[k].Change),-48} {hits,10:N0} hits  median {byKind[k][byKind[k].Count / 2],6:0.0} ms  max {byKind[k][^1],6:0.0} ms");
        }

        times.Sort();
        Console.WriteLine($"query latency over {times.Count} queries ({mix.Length} kinds × {rounds} after {warmup} untimed, snippets {(snippets ? "on" : "off")}): p50 {times[times.Count / 2]:0.0} ms, p99 {times[(int)(times.Count * 0.99)]:0.0} ms, max {times[^1]:0.0} ms");
    }

    private static string Describe(string query, Func<SearchRequest, SearchRequest> change)
    {
        var request = change(new SearchRequest(query));
        var parts = new List<string> { query.Length == 0 ? "(all)" : query };
        if (request.Facets.Count > 0)
        {
            parts.Add("facets " + string.Join(',', request.Facets));
        }

        if (request.From is not null)
        {
            parts.Add("dates");
        }

        if (request.Sort == SearchSort.Date)
        {
            parts.Add("by date");
        }

        if (request.Offset > 0)
        {
            parts.Add($"offset {request.Offset}");
        }

        return string.Join(" · ", parts);
    }

    private static long DirectorySize(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
