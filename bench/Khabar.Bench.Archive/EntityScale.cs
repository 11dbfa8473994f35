using System.Diagnostics;
using Khabar.Archive;
using Khabar.Archive.Search;
using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Bench.Archive;

/// <summary>
/// Entity pages at scale: an archive of N recombined real articles (as the scale bench makes them, entities on), then
/// the time to build the entity catalog, to list and find entities, to make entity pages of entities from the most
/// to the least named, and to count a search's entities; plain searches with facets in the same run are the baseline.
/// </summary>
internal static class EntityScale
{
    private const int Rounds = 21;

    public static void Run(string root, int count, string? keep)
    {
        using var temp = new TempFolder();
        var folder = keep ?? Path.Combine(temp.Path, "archive");
        if (!File.Exists(Path.Combine(folder, KhabarArchive.StoreFile)))
        {
            var input = Path.Combine(temp.Path, "articles.jsonl");
            Scale.Generate(root, input, count);
            var clock = Stopwatch.StartNew();
            using var archive = KhabarArchive.Open(folder);
            var pipeline = new PipelineBuilder().UseJsonRecords().UseNormalizer().UseDates().UseEntities().Build();
            var summary = archive.Ingest(pipeline.RunParallel(InputPaths.Expand([input], () => Stream.Null), Environment.ProcessorCount), "entity bench");
            Console.WriteLine($"ingest: {summary.Added:N0} articles in {clock.Elapsed.TotalSeconds:N0} s");
        }

        using var opened = KhabarArchive.Open(folder);
        var searcher = opened.Index.OpenSearcher();
        Console.WriteLine($"archive: {opened.Store.Count:N0} articles, {searcher.IndexReader.Leaves.Count} index segments");

        var memory = GC.GetTotalMemory(forceFullCollection: true);
        var build = Stopwatch.StartNew();
        var catalog = EntityCatalog.Of(searcher.IndexReader);
        var cold = build.Elapsed.TotalMilliseconds;
        var held = (GC.GetTotalMemory(forceFullCollection: true) - memory) / 1048576.0;
        Console.WriteLine($"catalog: {catalog.Count:N0} entities; first build {cold:N0} ms (segments decoded), memory held {held:N0} MB");
        var warm = Time(() => EntityCatalog.Of(opened.Index.OpenSearcher().IndexReader), 5);
        Report("catalog for a new reader (segments already decoded)", warm);

        var plain = opened.Searcher();
        var baseline = Time(() => plain.Search(new SearchRequest("") { Facets = ["agency", "desk", "month"], Sort = SearchSort.Date }), Rounds);
        Report("baseline: search, all articles, 3 facets", baseline);
        Report("baseline: search 'ایران', 3 facets", Time(() => plain.Search(new SearchRequest("ایران") { Facets = ["agency", "desk", "month"] }), Rounds));

        var (_, all) = catalog.Find(null, [], 0, int.MaxValue);
        Report("list: 50 most named", Time(() => catalog.Find(null, [], 0, 50), Rounds), baseline);
        Report("find 'تهران' (any type)", Time(() => catalog.Find("تهران", [], 0, 50), Rounds), baseline);
        Report("find 'علی', people only", Time(() => catalog.Find("علی", ["PER"], 0, 50), Rounds), baseline);

        foreach (var rank in new[] { 1, 10, 100, 1000, 10000, 100000 }.Where(r => r <= all.Count))
        {
            var entity = all[rank - 1];
            var times = Time(() => EntityStats.Profile(searcher, entity, AttentionUnit.Month, related: 24, latest: 10), Rounds);
            Report($"entity page, rank {rank:N0} ({entity.Articles:N0} articles)", times, baseline);
            if (rank == 1)
            {
                Report("  of which: articles per month", Time(() => Attention.Count(searcher, EntityStats.Naming(entity.Id), null, null, AttentionUnit.Month), Rounds), baseline);
                Report("  of which: co-mentions and newest", Time(() => EntityStats.Profile(searcher, entity, AttentionUnit.Month, from: DateTimeOffset.MaxValue), Rounds), baseline);
            }
        }

        var entityFacets = new[] { "person", "org", "place" };
        Report("search entity facets, all articles", Time(() => plain.Search(new SearchRequest("") { Facets = entityFacets, EntityFacetLimit = 8, Limit = 0 }), Rounds), baseline);
        Report("search entity facets, 'ایران'", Time(() => plain.Search(new SearchRequest("ایران") { Facets = entityFacets, EntityFacetLimit = 8, Limit = 0 }), Rounds), baseline);
    }

    private static List<double> Time(Action action, int rounds)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static void Report(string what, List<double> times, List<double>? baseline = null)
    {
        var median = times[times.Count / 2];
        var ratio = baseline is null ? "" : $"  ({median / baseline[baseline.Count / 2]:0.00}× the all-articles search)";
        Console.WriteLine($"{what,-58} p50 {median,8:0.0} ms  max {times[^1],8:0.0} ms{ratio}");
    }
}
