using System.Security.Cryptography;
using System.Text;
using Khabar.Reading;
using Khabar.Web.Hosting;
using Microsoft.OpenApi;

namespace Khabar.Web.Api;

/// <summary>
/// <c>POST /api/ingest</c>: a page (text or HTML), a JSON record, a JSON array or JSON Lines of records, through the
/// default pipeline into the archive. Needs the server's token; refused when the server has none.
/// </summary>
internal static class IngestApi
{
    private static readonly string[] BodyTypes = ["text/plain", "text/html", "application/json", "application/x-ndjson"];

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/ingest", Ingest).WithName("Ingest")
            .WithSummary("Add articles: the body is a page (text/plain, text/html), a JSON record or array (application/json) or JSON Lines (application/x-ndjson); needs Authorization: Bearer TOKEN")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Any content type is read (the body is sniffed as a file is); these are the ones that steer it.
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = BodyTypes.ToDictionary(t => t, _ => new OpenApiMediaType()),
                };
                return Task.CompletedTask;
            })
            .Produces<IngestResult>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(422);

    private static async Task<IResult> Ingest(HttpContext context, ArchiveHost host, ServeOptions options)
    {
        if (options.Token is not { Length: > 0 } token)
        {
            return Results.Problem("ingest is off: start the server with --token or the KHABAR_TOKEN environment variable",
                statusCode: 403, title: "Forbidden");
        }

        if (!Authorized(context.Request.Headers.Authorization.ToString(), token))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem("send the server's token as Authorization: Bearer TOKEN", statusCode: 401, title: "Unauthorized");
        }

        var body = await ReadCapped(context.Request.Body, options.MaxIngestBytes, context.RequestAborted);
        if (body is null)
        {
            return Results.Problem($"the body is larger than {options.MaxIngestBytes:N0} bytes", statusCode: 413, title: "Content too large");
        }

        var item = new InputItem("api/upload" + Extension(context.Request.ContentType), () => new MemoryStream(body, writable: false), body.Length);
        var summary = await host.IngestAsync(item, context.RequestAborted);
        using var lease = host.Lease();
        var result = new IngestResult(summary.Read, summary.Added, summary.Updated, summary.Unchanged, summary.Failed,
            summary.Errors.Select(e => new IngestFailure(e.Source, e.Reason)).ToList(), lease.Store.Count) { Relinked = summary.Relinked };
        return summary.Failed > 0 && summary.Failed == summary.Read
            ? Results.Problem("no article in the body: " + string.Join("; ", result.Errors.Take(5).Select(e => e.Reason)),
                statusCode: 422, title: "Unprocessable content")
            : Results.Ok(result);
    }

    private static bool Authorized(string header, string token)
    {
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim())), SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    // The name's extension tells the pipeline's readers what the body is, as a file's name does.
    private static string Extension(string? contentType) => (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/json" => ".json",
        "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => ".jsonl",
        "text/html" or "application/xhtml+xml" => ".html",
        _ => ".txt",
    };

    private static async Task<byte[]?> ReadCapped(Stream body, long cap, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
