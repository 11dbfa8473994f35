using System.Net;
using System.Text.Json;
using Khabar.Archive.Store;

namespace Khabar.Web.Tests.Api;

/// <summary><c>GET /api/search?facets=person,org,place</c>: entity facets by canonical id, checked against the store.</summary>
public sealed class EntityFacetApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static readonly Dictionary<string, string[]> Types = new() { ["person"] = ["PER"], ["org"] = ["ORG"], ["place"] = ["LOC", "FAC"] };

    // Per facet, how many of the given stored articles name each entity of its types. An article gives an entity the type
    // of its first mention there (as the index keeps it); an entity given two types by different articles (rare) counts
    // in one facet with every article that names it, so it is left out of these exact sets.
    private static Dictionary<string, Dictionary<string, long>> Expected(IEnumerable<StoredArticle> articles)
    {
        var named = articles.SelectMany(a => a.Article.Entities.GroupBy(e => e.CanonicalId).Select(g => (Id: g.Key, g.First().Type))).ToList();
        var single = named.GroupBy(n => n.Id).Where(g => g.Select(n => n.Type).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First().Type);
        return Types.ToDictionary(t => t.Key, t => named.Where(n => single.TryGetValue(n.Id, out var type) && t.Value.Contains(type))
            .GroupBy(n => n.Id).ToDictionary(g => g.Key, g => (long)g.Count()));
    }

    private List<StoredArticle> Stored()
    {
        using var store = SqliteStore.Open(Path.Combine(factory.Archive.Folder, Archive.KhabarArchive.StoreFile));
        return store.ChangedSince(0).ToList();
    }

    private static List<(string Id, string Type, string Name, long Count)> Facet(JsonElement result, string field) =>
        result.GetProperty("entityFacets").GetProperty(field).EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("type").GetString()!, e.GetProperty("name").GetString()!, e.GetProperty("count").GetInt64()))
            .ToList();

    [Fact]
    public async Task Every_entity_of_the_archive_is_counted_as_the_store_has_it_most_named_first()
    {
        var result = await Json.Get(client, "/api/search?facets=agency,person,org,place&facetLimit=100&limit=1");
        var expected = Expected(Stored());

        Assert.True(result.GetProperty("facets").TryGetProperty("agency", out _));
        Assert.False(result.GetProperty("facets").TryGetProperty("person", out _));
        foreach (var (field, counts) in expected)
        {
            var facet = Facet(result, field);
            Assert.NotEmpty(facet);
            var exact = facet.Where(e => counts.ContainsKey(e.Id)).ToList();
            Assert.True(facet.Count - exact.Count <= 2, $"{facet.Count - exact.Count} entities of two types");
            Assert.Equal(Math.Min(100, counts.Count), exact.Count);
            Assert.All(exact, e => Assert.Equal(counts[e.Id], e.Count));
            Assert.All(facet, e => Assert.Contains(e.Type, Types[field]));
            Assert.Equal(facet.Select(e => e.Count).OrderByDescending(c => c), facet.Select(e => e.Count));
            Assert.True(exact[^1].Count >= counts.Values.OrderByDescending(c => c).ElementAt(exact.Count - 1));
        }
    }

    [Fact]
    public async Task A_query_counts_the_entities_of_its_matches_only()
    {
        var result = await Json.Get(client, "/api/search?q=" + Json.Q("حماس") + "&facets=person,org,place");
        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray()).GetProperty("id").GetInt64();
        var expected = Expected(Stored().Where(s => s.Id == hit));

        var people = Facet(result, "person");
        Assert.Equal(expected["person"].OrderBy(p => p.Key, StringComparer.Ordinal), people.Select(p => KeyValuePair.Create(p.Id, p.Count)).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Contains(people, p => p is { Id: "per:اسماعیل_هنیه", Type: "PER", Name: "اسماعیل هنیه", Count: 1 });
        Assert.Contains(Facet(result, "org"), o => o is { Id: "org:hamas", Name: "حماس", Count: 1 });
        Assert.Equal(expected["place"].Count, Facet(result, "place").Count);
    }

    [Fact]
    public async Task Entity_facets_list_at_most_the_limit_and_bad_values_are_refused()
    {
        var two = await Json.Get(client, "/api/search?facets=place&facetLimit=2");
        Assert.Equal(2, Facet(two, "place").Count);
        Assert.False(two.GetProperty("entityFacets").TryGetProperty("person", out _));
        var none = await Json.Get(client, "/api/search?facets=agency");
        Assert.Empty(none.GetProperty("entityFacets").EnumerateObject());

        await Json.Problem(await client.GetAsync("/api/search?facets=person&facetLimit=0"), HttpStatusCode.BadRequest, "facetLimit");
        await Json.Problem(await client.GetAsync("/api/search?facets=person&facetLimit=101"), HttpStatusCode.BadRequest, "facetLimit");
        await Json.Problem(await client.GetAsync("/api/search?facets=people"), HttpStatusCode.BadRequest, "person, org or place");
    }

    [Fact]
    public async Task Hostile_entity_names_come_back_as_json_data_unchanged()
    {
        using var response = await client.GetAsync("/api/search?q=" + Json.Q(HostileEntities.Word) + "&facets=person,org,place");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Contains(Facet(result, "person"), p => p.Id == HostileEntities.PersonId && p.Name == HostileEntities.PersonName);
        Assert.Contains(Facet(result, "org"), o => o.Id == HostileEntities.OrgId && o.Name == HostileEntities.OrgName);
        Assert.Contains(Facet(result, "place"), p => p.Id == HostileEntities.PlaceId && p.Name == HostileEntities.PlaceName);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_entity_facets()
    {
        var document = await Json.Get(client, "/openapi/v1.json");
        var search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var parameters = search.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Contains("person", parameters["facets"].GetProperty("description").GetString());
        Assert.True(parameters.ContainsKey("facetLimit"));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("SearchResult").GetProperty("properties").TryGetProperty("entityFacets", out _));
        var facet = schemas.GetProperty("EntityFacet").GetProperty("properties");
        Assert.Equal(["id", "type", "name", "count"], facet.EnumerateObject().Select(p => p.Name));
    }
}
