using System.Net;
using System.Text.Json;

namespace Khabar.Web.Tests.Api;

public sealed class EntityApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> Find(string q, string type = "") =>
        await Json.Get(client, $"/api/entities?q={Json.Q(q)}&type={type}");

    private async Task<JsonElement> Entity(string id, string query = "") =>
        await Json.Get(client, "/api/entities/" + Uri.EscapeDataString(id) + query);

    [Fact]
    public async Task The_list_has_every_named_entity_most_named_first_and_filters_by_type()
    {
        var all = await Json.Get(client, "/api/entities?limit=200");
        var entities = all.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(entities.Count, all.GetProperty("total").GetInt64());
        var counts = entities.Select(e => e.GetProperty("articles").GetInt64()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.Contains(entities, e => e.GetProperty("id").GetString() == "org:hamas" && e.GetProperty("name").GetString() == "حماس");
        Assert.Equal("Hamas", entities.Single(e => e.GetProperty("id").GetString() == "org:hamas").GetProperty("english").GetString());

        var people = await Json.Get(client, "/api/entities?type=person&limit=200");
        Assert.All(people.GetProperty("entities").EnumerateArray(), e => Assert.Equal("PER", e.GetProperty("type").GetString()));
        Assert.Equal(["PER"], people.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
        var places = await Json.Get(client, "/api/entities?type=place&limit=200");
        Assert.All(places.GetProperty("entities").EnumerateArray(), e => Assert.Contains(e.GetProperty("type").GetString(), new[] { "LOC", "FAC" }));
        Assert.Equal(entities.Count(e => e.GetProperty("type").GetString() is "LOC" or "FAC"), places.GetProperty("total").GetInt64());

        var second = await Json.Get(client, "/api/entities?offset=1&limit=1");
        Assert.Equal(entities[1].GetProperty("id").GetString(), second.GetProperty("entities")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_person_is_found_by_part_of_a_name_and_its_page_has_roles_aliases_time_company_and_articles()
    {
        var found = await Find("هنیه", "PER");
        var haniyeh = found.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "اسماعیل هنیه");
        var id = haniyeh.GetProperty("id").GetString()!;

        var page = await Entity(id);

        Assert.Equal(("اسماعیل هنیه", "PER", 1L), (page.GetProperty("name").GetString(), page.GetProperty("type").GetString(), page.GetProperty("articles").GetInt64()));
        Assert.False(page.TryGetProperty("english", out var english) && english.ValueKind != JsonValueKind.Null, "a learned entity has no English name");
        Assert.Equal("Palestinian Islamic Jihad", (await Entity("org:pij")).GetProperty("english").GetString());
        Assert.Contains(page.GetProperty("roles").EnumerateArray(), r => r.GetProperty("value").GetString() == "رئیس دفتر سیاسی حماس");
        Assert.Contains(page.GetProperty("aliases").EnumerateArray(), a => a.GetProperty("value").GetString() == "هنیه");
        var month = Assert.Single(page.GetProperty("mentions").EnumerateArray());
        Assert.Equal(("1403/01", 1L), (month.GetProperty("label").GetString(), month.GetProperty("count").GetInt64()));
        var related = page.GetProperty("related").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("together").GetInt64());
        Assert.Equal(1, related["زیاد النخاله"]);
        Assert.Equal(1, related["حماس"]);
        Assert.Equal(1, related["تهران"]);
        var latest = Assert.Single(page.GetProperty("latest").EnumerateArray());
        Assert.Equal("برنا", latest.GetProperty("agency").GetString());

        var day = await Entity(id, "?unit=day");
        Assert.Equal("1403/01/11", Assert.Single(day.GetProperty("mentions").EnumerateArray()).GetProperty("label").GetString());
        var none = await Entity(id, "?related=0&latest=0&from=1404/01/01");
        Assert.Equal(0, none.GetProperty("related").GetArrayLength());
        Assert.Equal(0, none.GetProperty("latest").GetArrayLength());
        Assert.Equal(0, none.GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public async Task An_entity_named_in_several_articles_counts_them_all_newest_first_and_the_dated_ones_over_time()
    {
        var tehran = await Entity("ir-province:tehran");
        var search = await Json.Get(client, "/api/search?sort=date&limit=100&q=" + Json.Q("entity:ir-province\\:tehran"));
        Assert.True(tehran.GetProperty("articles").GetInt64() >= 2, tehran.GetRawText());
        Assert.Equal(search.GetProperty("total").GetInt64(), tehran.GetProperty("articles").GetInt64());
        Assert.Equal(search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()),
            tehran.GetProperty("latest").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()));
        var dated = search.GetProperty("hits").EnumerateArray().Count(h => h.GetProperty("published").ValueKind != JsonValueKind.Null);
        Assert.Equal(dated, tehran.GetProperty("mentions").EnumerateArray().Sum(p => p.GetProperty("count").GetInt64()));
    }

    [Fact]
    public async Task Hostile_entity_names_and_ids_come_back_as_data()
    {
        var found = await Find(HostileEntities.Word + " مهاجم");
        Assert.Equal(0, found.GetProperty("total").GetInt64());
        var attackers = await Find("مهاجم");
        var names = attackers.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains(HostileEntities.PersonName, names);
        Assert.Contains(HostileEntities.OrgName, names);
        Assert.Contains(HostileEntities.PlaceName, names);

        var person = await Entity(HostileEntities.PersonId);
        Assert.Equal(HostileEntities.PersonName, person.GetProperty("name").GetString());
        Assert.Equal(HostileEntities.PersonRole, person.GetProperty("roles")[0].GetProperty("value").GetString());
        Assert.Equal(HostileEntities.PersonAlias, person.GetProperty("aliases")[0].GetProperty("value").GetString());
        Assert.Equal(HostileEntities.PlaceName, (await Entity(HostileEntities.PlaceId)).GetProperty("name").GetString());
        Assert.Equal(HostileEntities.OrgName, (await Entity(HostileEntities.OrgId)).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/api/entities?limit=0", "limit")]
    [InlineData("/api/entities?limit=201", "limit")]
    [InlineData("/api/entities?offset=-1", "offset + limit")]
    [InlineData("/api/entities?offset=9990&limit=50", "offset + limit")]
    [InlineData("/api/entities?type=colour", "unknown entity type 'colour'")]
    [InlineData("/api/entities/org%3Ahamas?unit=year", "unknown unit")]
    [InlineData("/api/entities/org%3Ahamas?related=101", "between 0 and 100")]
    [InlineData("/api/entities/org%3Ahamas?latest=-1", "between 0 and 100")]
    [InlineData("/api/entities/org%3Ahamas?from=1403/13/01", "1403/13/01")]
    public async Task Bad_requests_are_problem_details(string url, string mention) =>
        await Json.Problem(await client.GetAsync(url), HttpStatusCode.BadRequest, mention);

    [Fact]
    public async Task Unknown_entities_and_overlong_queries_are_problem_details()
    {
        await Json.Problem(await client.GetAsync("/api/entities/per%3Anobody"), HttpStatusCode.NotFound, "per:nobody");
        await Json.Problem(await client.GetAsync("/api/entities?q=" + new string('ا', 1001)), HttpStatusCode.BadRequest, "longer than 1000");
        using var page = await client.GetAsync("/entities/per%3Anobody");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("نامی با این شناسه", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_entity_endpoints()
    {
        var document = await Json.Get(client, "/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var list = paths.GetProperty("/api/entities").GetProperty("get");
        Assert.Equal(["q", "type", "offset", "limit"], list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var one = paths.GetProperty("/api/entities/{id}").GetProperty("get");
        Assert.Equal(["id", "unit", "from", "to", "related", "latest"], one.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(one.GetProperty("responses").TryGetProperty("404", out _));
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty("EntityResult").GetProperty("properties");
        Assert.True(schema.TryGetProperty("related", out _) && schema.TryGetProperty("mentions", out _), schema.GetRawText());
    }
}
