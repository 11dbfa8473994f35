using System.Net;
using System.Text.Json;

namespace Khabar.Web.Tests.Api;

/// <summary>Who else reported an article, and stories: the copied articles of the test archive.</summary>
public sealed class StoryApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_copy_lists_the_original_agency_and_the_story_of_three_reports()
    {
        var (irna, isna) = (await IdOf("ایرنا"), await IdOf("ایسنا"));
        var copy = await Json.Get(client, $"/api/articles/{isna}/duplicates");
        Assert.Equal(irna, copy.GetProperty("canonical").GetInt64());
        var other = Assert.Single(copy.GetProperty("alsoReportedBy").EnumerateArray());
        Assert.Equal(irna, other.GetProperty("id").GetInt64());
        Assert.Equal("ایرنا", other.GetProperty("agency").GetString());
        Assert.Equal("1402/12/20", other.GetProperty("publishedJalali").GetString());
        Assert.Equal("2024-03-10T10:00:00+03:30", other.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("copyOf").ValueKind);

        var story = copy.GetProperty("story");
        Assert.Equal(irna, story.GetProperty("id").GetInt64());
        Assert.Equal(3, story.GetProperty("reports").GetInt32());
        Assert.Equal(["ایرنا", "ایسنا", "مهر"], story.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()));

        var original = await Json.Get(client, $"/api/articles/{irna}/duplicates");
        var back = Assert.Single(original.GetProperty("alsoReportedBy").EnumerateArray());
        Assert.Equal((isna, irna), (back.GetProperty("id").GetInt64(), back.GetProperty("copyOf").GetInt64()));
    }

    [Fact]
    public async Task An_article_reported_once_has_no_copies_and_no_story_and_a_missing_one_is_a_404()
    {
        var borna = (await Json.Get(client, "/api/search?agency=borna")).GetProperty("hits")[0].GetProperty("id").GetInt64();
        var alone = await Json.Get(client, $"/api/articles/{borna}/duplicates");
        Assert.Equal(0, alone.GetProperty("alsoReportedBy").GetArrayLength());
        Assert.Equal(borna, alone.GetProperty("canonical").GetInt64());
        Assert.Equal(JsonValueKind.Null, alone.GetProperty("story").ValueKind);
        await Json.Problem(await client.GetAsync("/api/articles/987654/duplicates"), HttpStatusCode.NotFound, "987654");
    }

    [Fact]
    public async Task Stories_come_latest_first_and_a_query_keeps_those_it_matches()
    {
        var latest = await Json.Get(client, "/api/stories");
        var stories = latest.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(2, stories.Count);
        Assert.Equal(CopiedArticles.HostileTitle, stories[0].GetProperty("title").GetString());
        Assert.Equal(CopiedArticles.Title, stories[1].GetProperty("title").GetString());
        Assert.True(DateTimeOffset.Parse(stories[0].GetProperty("latest").GetString()!) > DateTimeOffset.Parse(stories[1].GetProperty("latest").GetString()!));

        var matched = await Json.Get(client, "/api/stories?q=" + Json.Q("طالقان"));
        Assert.Equal(CopiedArticles.Title, Assert.Single(matched.GetProperty("stories").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(0, (await Json.Get(client, "/api/stories?q=" + Json.Q("حماس"))).GetProperty("stories").GetArrayLength());
        var single = await Json.Get(client, "/api/stories?minReports=1&q=" + Json.Q("حماس"));
        Assert.Equal(1, Assert.Single(single.GetProperty("stories").EnumerateArray()).GetProperty("reports").GetInt32());

        await Json.Problem(await client.GetAsync("/api/stories?limit=0"), HttpStatusCode.BadRequest, "limit");
        await Json.Problem(await client.GetAsync("/api/stories?minReports=0"), HttpStatusCode.BadRequest, "minReports");
        await Json.Problem(await client.GetAsync("/api/stories?q=%22unclosed"), HttpStatusCode.BadRequest, "malformed query");
    }

    [Fact]
    public async Task A_story_has_its_first_report_agencies_and_timeline()
    {
        var (irna, isna) = (await IdOf("ایرنا"), await IdOf("ایسنا"));
        var story = await Json.Get(client, $"/api/stories/{irna}");
        Assert.Equal(CopiedArticles.Title, story.GetProperty("title").GetString());
        Assert.Equal(irna, story.GetProperty("firstReport").GetInt64());
        var timeline = story.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["ایرنا", "ایسنا", "مهر"], timeline.Select(r => r.GetProperty("agency").GetString()));
        Assert.Equal(["1402/12/20", "1402/12/20", "1402/12/21"], timeline.Select(r => r.GetProperty("publishedJalali").GetString()));
        Assert.Equal(irna, timeline[1].GetProperty("copyOf").GetInt64());
        Assert.Equal(CopiedArticles.CopyTitle, timeline[1].GetProperty("title").GetString());

        // A story's id is its first report's; another member's id is no story.
        await Json.Problem(await client.GetAsync($"/api/stories/{isna}"), HttpStatusCode.NotFound, isna.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Json.Problem(await client.GetAsync("/api/stories/987654"), HttpStatusCode.NotFound, "987654");
    }

    private async Task<long> IdOf(string agency) =>
        (await Json.Get(client, $"/api/search?q={Json.Q(CopiedArticles.Word)}&agency={Json.Q(agency)}")).GetProperty("hits")[0].GetProperty("id").GetInt64();
}
