using System.ComponentModel;
using System.Text;
using System.Text.Json;
using Khabar.Archive.Search;
using Khabar.Model;
using Khabar.Output;
using Khabar.Web.Hosting;

namespace Khabar.Web.Api;

/// <summary><c>GET /api/export</c>: every article a search matches, streamed as JSON Lines, ninjs lines or CSV.</summary>
internal static class ExportApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/export", Export).WithName("Export")
            .WithSummary("Every article the search matches, in id order, streamed: JSON Lines (khabar or ninjs) or CSV")
            .Produces<Article>(200, "application/x-ndjson", "text/csv").ProducesProblem(400);

    private static IResult Export(ArchiveHost host, [AsParameters] SearchQuery query,
        [Description("jsonl (default), ninjs (JSON Lines of ninjs items) or csv")] string format = "jsonl")
    {
        if (format is not ("jsonl" or "ninjs" or "csv"))
        {
            return Problems.BadRequest($"unknown format '{format}'; use jsonl, ninjs or csv");
        }

        var (request, error) = query.ToRequest();
        error ??= request is null ? null : KhabarQueryParser.TryParse(request.Query).Error;
        if (request is null || error is not null)
        {
            return Problems.BadRequest(error!);
        }

        var type = format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        return Results.Stream(body => Write(host, request, format, body), type, fileDownloadName: $"khabar-export.{(format == "csv" ? "csv" : "jsonl")}");
    }

    private static async Task Write(ArchiveHost host, SearchRequest request, string format, Stream body)
    {
        using var lease = host.Lease();
        var ids = lease.Searcher.MatchingIds(request).Ids ?? [];
        await using var output = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024);
        if (format == "csv")
        {
            await output.WriteLineAsync(ArticleCsv.Header);
        }

        var written = 0;
        foreach (var id in ids)
        {
            if (lease.Store.Get(id) is not { } stored)
            {
                continue;
            }

            await output.WriteLineAsync(format == "csv" ? ArticleCsv.Of(id, stored.Article) : Line(stored.Article, format));
            if (++written % 200 == 0)
            {
                await output.FlushAsync();
            }
        }
    }

    private static string Line(Article article, string format)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WebJson.Encoder }))
        {
            (format == "ninjs" ? (Action<Utf8JsonWriter, Article>)NinjsJson.Write : ArticleJson.Write)(json, article);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
