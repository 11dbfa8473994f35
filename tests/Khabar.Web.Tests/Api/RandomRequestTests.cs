using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Khabar.Web.Tests.Api;

/// <summary>
/// Random bytes and random Persian in every request parameter, path and ingest body: an answer or a 4xx that says
/// what is wrong (a problem with a detail for the API), never a server error.
/// </summary>
public sealed class RandomRequestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Pieces =
    [
        "ا", "ب", "پ", "ت", "خ", "د", "ر", "س", "ش", "ک", "گ", "ل", "م", "ن", "و", "ه", "ی", "ي", "ك", "\u200C", "\u200C", " ",
        "۰", "۱", "۴", "۹", "٠", "٣", "1", "3", "-1", "99999999999", "/", "-", ":", ".", "«", "»", "،", "؛", "؟", "\"", "*", "(", ")",
        "AND", "OR", "NOT", "+", "title:", "agency:", "month:", "entity:", "/[", "~", "^", "<script>", "&", "=", "#", "%", "?", "\0",
        "۱۴۰۳/۰۱/۱۱", "فروردین", "ایسنا", "per:", "org:hamas", "relevance", "date", "true", "PER", "person", ",", "jsonl", "csv", "week",
    ];

    private static readonly string[] Routes =
    [
        "/api/search?q={0}&agency={1}&desk={2}&from={3}&to={4}&sort={5}&collapse={6}&offset={7}&limit={8}&facets={9}&facetLimit={10}",
        "/api/attention?q={0}&from={3}&to={4}&unit={5}",
        "/api/entities?q={0}&type={1}&offset={7}&limit={8}",
        "/api/entities/{0}?unit={5}&related={7}&latest={8}",
        "/api/export?q={0}&from={3}&to={4}&format={5}",
        "/api/stories?q={0}&minReports={7}&limit={8}",
        "/api/stories/{0}", "/api/articles/{0}", "/api/articles/{0}/duplicates", "/api/{0}",
        "/?q={0}&agency={1}&from={3}&to={4}&sort={5}&page={7}", "/entities?q={0}&type={1}", "/entities/{0}", "/stories?q={0}", "/article/{0}", "/stories/{0}",
    ];

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Random_parameters_are_answered_or_refused_with_a_reason()
    {
        var random = new Random(1403_08_01);
        var (answered, refused) = (0, 0);
        for (var i = 0; i < 1500; i++)
        {
            // The first value may sit in the path, where a NUL is refused before any request is made.
            var values = Enumerable.Range(0, 11).Select(n => Uri.EscapeDataString(n == 0 ? Value(random).Replace("\0", "") : Value(random))).ToArray();
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, Routes[i % Routes.Length], values);

            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode} {body}");
            if (response.IsSuccessStatusCode)
            {
                answered++;
                continue;
            }

            refused++;
            if (url.StartsWith("/api/", StringComparison.Ordinal))
            {
                AssertProblem(response, body, url);
            }
        }

        Assert.InRange(answered, 100, 1400);
        Assert.InRange(refused, 100, 1400);
    }

    [Theory]
    [InlineData("/api/search?limit=abc", "limit", "abc")]
    [InlineData("/api/search?collapse=maybe", "Collapse", "maybe")]
    [InlineData("/api/entities?offset=%DB%B1x", "offset", "۱x")]
    [InlineData("/api/stories?minReports=%C2%AB", "minReports", "«")]
    public async Task A_parameter_that_is_not_a_number_or_a_boolean_is_a_bad_request_naming_it(string url, string parameter, string value)
    {
        using var response = await client.GetAsync(url);

        await Json.Problem(response, HttpStatusCode.BadRequest, parameter);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains($"\"{value}\"", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Random_ingest_bodies_store_what_is_an_article_and_name_what_is_not()
    {
        var random = new Random(1403_08_02);
        string?[] types = ["text/plain", "text/html", "application/json", "application/x-ndjson", "application/octet-stream", null];
        for (var i = 0; i < 150; i++)
        {
            var text = random.Next(2) == 0 ? Value(random) + Value(random) : Encoding.UTF8.GetString(Bytes(random, 3000));
            if (i % 3 == 0)
            {
                var good = JsonSerializer.Serialize(new { title = "خبر سالم " + i, body = "به گزارش خبرگزاری ایسنا، این متن آزمایشی خبری است که در کنار ورودی خراب آمده است." });
                text = good + "\n" + text.Replace('\n', ' ').Replace('\r', ' ');
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(text)) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiFactory.Token);
            var type = i % 3 == 0 ? "application/x-ndjson" : types[random.Next(types.Length)];
            if (type is not null)
            {
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(type);
            }

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{type}: {(int)response.StatusCode} {body}");
            if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                AssertProblem(response, body, type ?? "no type");
                continue;
            }

            var result = JsonDocument.Parse(body).RootElement;
            Assert.All(result.GetProperty("errors").EnumerateArray(), e =>
            {
                Assert.StartsWith("api/upload", e.GetProperty("source").GetString(), StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reason").GetString()));
            });
            if (i % 3 == 0)
            {
                Assert.True(result.GetProperty("read").GetInt32() >= 1);
                Assert.True(result.GetProperty("read").GetInt32() > result.GetProperty("failed").GetInt32(), body);
            }
        }
    }

    private static void AssertProblem(HttpResponseMessage response, string body, string request)
    {
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{request}: {(int)response.StatusCode} {body}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("detail", out var detail) && !string.IsNullOrWhiteSpace(detail.GetString()), $"{request}: no detail in {body}");
    }

    private static string Value(Random random) => random.Next(4) switch
    {
        0 => "",
        1 => Encoding.UTF8.GetString(Bytes(random, 40)),
        _ => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pieces[random.Next(Pieces.Length)])),
    };

    private static byte[] Bytes(Random random, int max)
    {
        var bytes = new byte[random.Next(max)];
        random.NextBytes(bytes);
        return bytes;
    }
}
