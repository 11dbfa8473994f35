using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Khabar.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Khabar.Web.Tests.Api;

public sealed class IngestApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Ingest_without_the_token_is_refused_and_stores_nothing()
    {
        var before = (await Json.Get(client, "/api/stats")).GetProperty("articles").GetInt64();
        await Json.Problem(await client.PostAsync("/api/ingest", Record("بی‌توکن")), HttpStatusCode.Unauthorized, "Bearer");
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = Record("توکن نادرست") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token");
        await Json.Problem(await client.SendAsync(wrong), HttpStatusCode.Unauthorized, "Bearer");
        Assert.Equal(before, (await Json.Get(client, "/api/stats")).GetProperty("articles").GetInt64());
    }

    [Fact]
    public async Task Ingest_is_off_when_the_server_has_no_token()
    {
        // Its own (empty) archive: one archive folder is opened by one server at a time.
        var folder = Directory.CreateTempSubdirectory("khabar-web-tokenless-").FullName;
        try
        {
            using (var tokenless = factory.WithWebHostBuilder(b => b.UseSetting("Khabar:Token", "").UseSetting("Khabar:Archive", folder)))
            using (var plain = tokenless.CreateClient())
            {
                await Json.Problem(await plain.PostAsync("/api/ingest", Record("خاموش")), HttpStatusCode.Forbidden, "ingest is off");
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task A_record_a_batch_and_a_page_are_ingested_and_searchable_at_once()
    {
        var single = await Post(Record("واژهٔ‌یکتای‌نخست"), HttpStatusCode.OK);
        Assert.Equal(1, single.GetProperty("added").GetInt64());
        // A record that names no one links no stored article again.
        Assert.Equal(0, single.GetProperty("relinked").GetInt64());

        var batch = "{\"title\":\"دسته یک\",\"body\":\"کبوترنامه اول\"}\n{\"title\":\"دسته دو\",\"body\":\"کبوترنامه دوم\"}\n";
        var lines = await Post(new StringContent(batch, Encoding.UTF8, "application/x-ndjson"), HttpStatusCode.OK);
        Assert.Equal(2, lines.GetProperty("added").GetInt64());
        Assert.Equal(2, (await Json.Get(client, "/api/search?q=" + Json.Q("کبوترنامه"))).GetProperty("total").GetInt64());

        var page = await File.ReadAllTextAsync(Repo.File("samples", "varzesh3-1392980.txt"));
        var again = await Post(new StringContent(page, Encoding.UTF8, "text/plain"), HttpStatusCode.OK);
        Assert.Equal(1, again.GetProperty("unchanged").GetInt64() + again.GetProperty("updated").GetInt64());
    }

    [Fact]
    public async Task Two_copies_ingested_through_the_api_are_one_hit_when_collapsed()
    {
        const string word = "نشت‌یابی";
        var lines = string.Join('\n', CopiedArticles.Pair(word, "9")) + "\n";
        var added = await Post(new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), HttpStatusCode.OK);
        Assert.Equal(2, added.GetProperty("added").GetInt64());

        var all = await Json.Get(client, "/api/search?q=" + Json.Q(word));
        Assert.Equal(2, all.GetProperty("hits").GetArrayLength());
        var collapsed = await Json.Get(client, "/api/search?collapse=true&q=" + Json.Q(word));
        Assert.Single(collapsed.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task A_body_with_no_article_is_unprocessable_and_an_oversized_one_is_refused()
    {
        using var garbage = Authorized(new StringContent("{not json", Encoding.UTF8, "application/json"));
        await Json.Problem(await client.SendAsync(garbage), HttpStatusCode.UnprocessableEntity, "no article");

        using var huge = Authorized(new ByteArrayContent(new byte[16 * 1024 * 1024 + 1]));
        await Json.Problem(await client.SendAsync(huge), HttpStatusCode.RequestEntityTooLarge, "larger than");
    }

    private async Task<System.Text.Json.JsonElement> Post(HttpContent content, HttpStatusCode expected)
    {
        using var request = Authorized(content);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, text);
        return System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
    }

    private static HttpRequestMessage Authorized(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiFactory.Token);
        return request;
    }

    private static StringContent Record(string word) =>
        new($"{{\"title\":\"{word}\",\"body\":\"متن آزمایشی {word}\",\"agency\":\"ایسنا\"}}", Encoding.UTF8, "application/json");
}
