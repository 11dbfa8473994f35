using System.Text.Json;
using Khabar.Archive;
using Khabar.Archive.Search;
using Khabar.Testing;

namespace Khabar.Cli.Tests;

/// <summary><c>khabar search --facets person,org,place</c> on real articles, counts checked against the store.</summary>
public sealed class SearchFacetTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("khabar-facets-").FullName;

    [SkippableFact]
    public void Entity_facets_count_each_entity_by_id_as_the_store_has_it_in_json_and_for_people()
    {
        var asriran = Repo.Shared("data", "news", "arefee-asriran-fars-raw", "asrirandata.jsonl");
        var ingest = Cli.Run("ingest", "--archive", folder, asriran);
        Assert.Contains(", added ", ingest.Out, StringComparison.Ordinal);

        var json = Cli.Run("search", "--archive", folder, "--json", "--facets", "desk,person,org,place", "--facet-limit", "1000", "ایران");
        var human = Cli.Run("search", "--archive", folder, "--facets", "person,org", "--facet-limit", "3", "ایران");

        Assert.Equal(0, json.Exit);
        var facets = JsonDocument.Parse(json.Out.TrimEnd().Split('\n')[^1]).RootElement;
        Assert.True(facets.GetProperty("facets").TryGetProperty("desk", out _));
        Dictionary<string, long> expected;
        using (var archive = KhabarArchive.Open(folder))
        {
            var (ids, _) = archive.Searcher().MatchingIds(new SearchRequest("ایران"));
            Assert.True(ids!.Length > 5, $"only {ids.Length} matches");
            Assert.Equal(ids.Length, facets.GetProperty("total").GetInt64());
            expected = ids.SelectMany(id => archive.Store.Get(id)!.Article.Entities.Where(e => e.Type == "PER").Select(e => e.CanonicalId).Distinct())
                .GroupBy(id => id).ToDictionary(g => g.Key, g => (long)g.Count());
        }

        var people = facets.GetProperty("entityFacets").GetProperty("person").EnumerateArray().ToList();
        Assert.True(people.Count > 5, $"only {people.Count} people");
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal),
            people.Select(p => KeyValuePair.Create(p.GetProperty("id").GetString()!, p.GetProperty("count").GetInt64())).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.All(people, p => Assert.Equal("PER", p.GetProperty("type").GetString()));
        Assert.NotEmpty(facets.GetProperty("entityFacets").GetProperty("org").EnumerateArray());
        Assert.NotEmpty(facets.GetProperty("entityFacets").GetProperty("place").EnumerateArray());

        Assert.Equal(0, human.Exit);
        var line = human.Out.Split('\n').Single(l => l.StartsWith("person: ", StringComparison.Ordinal));
        var top = people.OrderByDescending(p => p.GetProperty("count").GetInt64()).First();
        Assert.Contains($"{top.GetProperty("name").GetString()} ({top.GetProperty("count").GetInt64():N0}) [{top.GetProperty("id").GetString()}]", line, StringComparison.Ordinal);
        Assert.Equal(3, line.Split("], ").Length);
        Assert.Contains(human.Out.Split('\n'), l => l.StartsWith("org: ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_facet_or_a_facet_limit_below_one_is_refused()
    {
        var unknown = Cli.Run("search", "--archive", folder, "--facets", "people", "x");
        var zero = Cli.Run("search", "--archive", folder, "--facets", "person", "--facet-limit", "0", "x");

        Assert.Equal(2, unknown.Exit);
        Assert.Contains("unknown facet 'people'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, zero.Exit);
        Assert.Contains("--facet-limit", zero.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
