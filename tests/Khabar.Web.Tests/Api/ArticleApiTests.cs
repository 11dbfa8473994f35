using System.Net;
using System.Text.Json;

namespace Khabar.Web.Tests.Api;

public sealed class ArticleApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_article_is_served_as_khabar_json_and_as_ninjs()
    {
        var id = await BornaId();
        var article = await Json.Get(client, $"/api/articles/{id}");
        Assert.Equal("borna", article.GetProperty("agencyId").GetString());
        Assert.Equal("2076019", article.GetProperty("newsId").GetString());
        Assert.True(article.GetProperty("paragraphs").GetArrayLength() > 0);

        var ninjs = await Json.Get(client, $"/api/articles/{id}?format=ninjs");
        Assert.Equal("text", ninjs.GetProperty("type").GetString());
        Assert.Equal("main", ninjs.GetProperty("headlines")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_missing_article_is_a_404_problem()
    {
        await Json.Problem(await client.GetAsync("/api/articles/987654"), HttpStatusCode.NotFound, "987654");
        await Json.Problem(await client.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound, "/api/no-such-thing");
    }

    [Fact]
    public async Task Stats_count_what_the_archive_holds()
    {
        var stats = await Json.Get(client, "/api/stats");
        Assert.Equal(factory.Archive.Articles, stats.GetProperty("articles").GetInt64());
        Assert.Equal(factory.Archive.Articles, stats.GetProperty("indexed").GetInt64());
        Assert.Contains(stats.GetProperty("byAgency").EnumerateArray(), a => a.GetProperty("agency").GetString() == "برنا");
    }

    [Fact]
    public async Task Export_streams_json_lines_and_csv_of_what_the_search_matches()
    {
        using var lines = await client.GetAsync("/api/export?agency=" + Json.Q("فارس"));
        Assert.Equal("application/x-ndjson", lines.Content.Headers.ContentType?.MediaType);
        var records = (await lines.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, records.Length);
        Assert.All(records, r => Assert.Equal("fars", JsonDocument.Parse(r).RootElement.GetProperty("agencyId").GetString()));

        var ninjs = await client.GetStringAsync("/api/export?format=ninjs&q=" + Json.Q("حماس"));
        Assert.StartsWith("{\"$schema\"", ninjs);

        var csv = await client.GetStringAsync("/api/export?format=csv");
        var rows = csv.Split('\n').Where(l => l.StartsWith("\"", StringComparison.Ordinal) && l.Contains("\",\"", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("\"id\",\"sourceId\",\"title\"", csv);
        Assert.True(rows.Count >= factory.Archive.Articles, csv);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var document = await Json.Get(client, "/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/api/search", "/api/articles/{id}", "/api/stats", "/api/attention", "/api/export", "/api/ingest",
            "/api/articles/{id}/duplicates", "/api/stories", "/api/stories/{id}" }, paths);
        Assert.DoesNotContain("/", paths);
        var search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        Assert.Contains(search.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "q");
        var stories = document.GetProperty("paths").GetProperty("/api/stories").GetProperty("get");
        Assert.Equal(["q", "minReports", "limit"], stories.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var duplicates = document.GetProperty("components").GetProperty("schemas").GetProperty("ArticleDuplicates").GetProperty("properties");
        Assert.True(duplicates.TryGetProperty("alsoReportedBy", out _), duplicates.GetRawText());
    }

    private async Task<long> BornaId() =>
        (await Json.Get(client, "/api/search?agency=borna")).GetProperty("hits")[0].GetProperty("id").GetInt64();
}
