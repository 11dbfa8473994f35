using System.Diagnostics;
using Khabar.Archive;
using Khabar.Archive.Search;
using Khabar.Bench.Web;
using Khabar.Pipeline;
using Khabar.Reading;
using Khabar.Web;
using Khabar.Web.Api;
using Khabar.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

// Search latency over HTTP on loopback, against the same searches made in-process (the baseline), in one run.
var requests = Options.Int(args, "--requests", 400);
var concurrency = Options.Int(args, "--concurrency", 4);
var root = Options.Root();
var inputs = Options.Paths(args, root);
var folder = Directory.CreateTempSubdirectory("khabar-bench-web-").FullName;
try
{
    var clock = Stopwatch.StartNew();
    using (var archive = KhabarArchive.Open(folder))
    {
        var summary = archive.Ingest(PipelineBuilder.Default().Run(InputPaths.Expand(inputs, () => Stream.Null)), "bench");
        Console.WriteLine($"archive: {summary.Added:N0} articles from {string.Join(", ", inputs.Select(p => Path.GetRelativePath(root, p)))} in {clock.Elapsed.TotalSeconds:F1} s");
    }

    await using var app = KhabarServer.Create([], new ServeOptions { Archive = folder, Urls = ["http://127.0.0.1:0"] });
    await app.StartAsync();
    var origin = app.Urls.First().TrimEnd('/');
    var host = app.Services.GetRequiredService<ArchiveHost>();
    using var client = new HttpClient { BaseAddress = new Uri(origin) };

    var searches = Searches.All;
    var api = searches.Select(s => "/api/search?" + s.QueryString() + "&facets=agency,desk,month").ToArray();
    var pages = searches.Select(s => "/?" + s.QueryString()).ToArray();
    await Load.Run(client, api, 50, concurrency); // warm-up: JIT, caches, connections

    // The baseline runs before and after the load; the faster run is the one compared against (noise is one-sided).
    var before = Load.Library(host, searches, requests);
    var apiTimes = await Load.Run(client, api, requests, concurrency);
    var pageTimes = await Load.Run(client, pages, requests / 2, concurrency);
    var after = Load.Library(host, searches, requests);
    var library = Report.Median(before) <= Report.Median(after) ? before : after;
    Console.WriteLine($"{requests:N0} API requests and {requests / 2:N0} pages, {concurrency} at a time, {searches.Count} searches in turn, on {Environment.ProcessorCount} cores (client and server in one process)");
    Report.Line("library search, before load", before, library);
    Report.Line("library search, after load", after, library);
    Report.Line("GET /api/search + facets", apiTimes, library);
    Report.Line("GET / (search page + chart)", pageTimes, library);
    return 0;
}
finally
{
    Directory.Delete(folder, true);
}
