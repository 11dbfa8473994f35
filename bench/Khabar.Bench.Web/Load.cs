using System.Diagnostics;
using Khabar.Archive.Search;
using Khabar.Web.Api;
using Khabar.Web.Hosting;

namespace Khabar.Bench.Web;

/// <summary>Sends a bounded number of requests, a few at a time, and times each one.</summary>
internal static class Load
{
    public static async Task<double[]> Run(HttpClient client, string[] urls, int count, int concurrency)
    {
        var times = new double[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, cancel) =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(urls[i % urls.Length], cancel);
            await response.Content.ReadAsByteArrayAsync(cancel);
            response.EnsureSuccessStatusCode();
            times[i] = clock.Elapsed.TotalMilliseconds;
        });
        return times;
    }

    /// <summary>The same searches through the library in-process, one at a time: what HTTP and JSON add to.</summary>
    public static double[] Library(ArchiveHost host, IReadOnlyList<SearchQuery> searches, int count)
    {
        var times = new double[count];
        for (var i = -50; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            var request = searches[(i + 50) % searches.Count].ToRequest().Request!;
            using (var lease = host.Lease())
            {
                _ = lease.Searcher.Search(request with { Facets = ["agency", "desk", "month"] }).Response ?? throw new InvalidOperationException("search failed");
            }

            if (i >= 0)
            {
                times[i] = clock.Elapsed.TotalMilliseconds;
            }
        }

        return times;
    }
}
