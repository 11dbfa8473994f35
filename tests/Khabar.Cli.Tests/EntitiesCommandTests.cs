using System.Text.Json;
using Khabar.Archive;
using Khabar.Testing;

namespace Khabar.Cli.Tests;

/// <summary><c>khabar entities</c> and <c>khabar entity ID</c> on real articles, checked against the store.</summary>
public sealed class EntitiesCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("khabar-entities-").FullName;

    [SkippableFact]
    public void The_list_counts_each_entity_as_the_store_has_it_and_a_page_shows_the_founding_samples_people_with_their_roles()
    {
        var ingest = Cli.Run("ingest", "--archive", folder,
            Repo.Shared("data", "news", "arefee-asriran-fars-raw", "asrirandata.jsonl"),
            Repo.Shared("fixtures", "seed", "borna-2076019.txt"));
        Assert.Contains(", added ", ingest.Out, StringComparison.Ordinal);

        var json = Cli.Run("entities", "--archive", folder, "--json", "--type", "person,org", "--limit", "30");
        var human = Cli.Run("entities", "--archive", folder, "--type", "person,org", "--limit", "3");
        var haniyeh = Cli.Run("entities", "--archive", folder, "هنیه");
        var nakhalah = Cli.Run("entity", "--archive", folder, "per:زیاد_النخاله", "--latest", "5");
        var pij = Cli.Run("entity", "--archive", folder, "org:pij", "--json", "--unit", "day", "--related", "100");
        var network = Cli.Run("network", "--archive", folder, "--limit", "0", "--min-articles", "1");
        var hamas = Cli.Run("network", "--archive", folder, "--format", "jsonl", "--type", "person,org", "--min-articles", "1", "حماس");

        Assert.Equal(0, json.Exit);
        var listed = json.Out.TrimEnd().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(30, listed.Count);
        Dictionary<string, long> stored;
        using (var archive = KhabarArchive.Open(folder))
        {
            stored = archive.Store.ChangedSince(0).SelectMany(s => s.Article.Entities.Select(e => e.CanonicalId).Distinct())
                .GroupBy(id => id).ToDictionary(g => g.Key, g => (long)g.Count());
        }

        Assert.Equal(listed.Select(e => e.GetProperty("articles").GetInt64()).OrderDescending(), listed.Select(e => e.GetProperty("articles").GetInt64()));
        Assert.All(listed, e => Assert.Equal(stored[e.GetProperty("id").GetString()!], e.GetProperty("articles").GetInt64()));
        Assert.All(listed, e => Assert.Contains(e.GetProperty("type").GetString(), new[] { "PER", "ORG" }));

        Assert.Equal(0, human.Exit);
        var lines = human.Out.TrimEnd().Split('\n');
        Assert.Matches(@"^[\d,]+ entities$", lines[0]);
        Assert.StartsWith($"1. {listed[0].GetProperty("name").GetString()}  ", lines[1], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);

        Assert.Contains("اسماعیل هنیه  PER · ", haniyeh.Out, StringComparison.Ordinal);
        Assert.Equal(0, nakhalah.Exit);
        Assert.StartsWith("زیاد النخاله  PER · ", nakhalah.Out, StringComparison.Ordinal);
        Assert.Contains("roles: دبیرکل جهاد اسلامی (1)", nakhalah.Out, StringComparison.Ordinal);
        Assert.Contains("named with: ", nakhalah.Out, StringComparison.Ordinal);

        Assert.Equal(0, pij.Exit);
        var page = JsonDocument.Parse(pij.Out).RootElement;
        Assert.Equal(("org:pij", "Palestinian Islamic Jihad", "day"), (page.GetProperty("id").GetString(), page.GetProperty("english").GetString(), page.GetProperty("unit").GetString()));
        Assert.Equal(page.GetProperty("articles").GetInt64(), page.GetProperty("mentions").EnumerateArray().Sum(m => m.GetProperty("count").GetInt64()));
        Assert.Contains(page.GetProperty("related").EnumerateArray(), r => r.GetProperty("id").GetString() == "org:hamas");
        Assert.NotEmpty(page.GetProperty("latest").EnumerateArray());

        // The network: a CSV edge list of every pair, and the founding sample's organisations named together.
        Assert.Equal(0, network.Exit);
        var rows = network.Out.TrimEnd().Split('\n');
        Assert.Equal("\"source\",\"source_name\",\"source_type\",\"target\",\"target_name\",\"target_type\",\"articles\"", rows[0]);
        Assert.True(rows.Length > 100, $"only {rows.Length} rows");
        Assert.All(rows.Skip(1), r => Assert.Matches("^(\"([^\"]|\"\")*\",){6}\"[1-9][0-9]*\"$", r));
        Assert.Equal(0, hamas.Exit);
        var edges = hamas.Out.TrimEnd().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(edges, e => (e.GetProperty("source").GetString(), e.GetProperty("target").GetString()) == ("org:hamas", "org:pij"));
        Assert.All(edges, e => Assert.Contains(e.GetProperty("sourceType").GetString(), new[] { "PER", "ORG" }));
        Assert.Contains("\"org:hamas\",\"حماس\",\"ORG\",\"org:pij\"", network.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_type_or_unit_is_an_error_that_names_it()
    {
        var id = Cli.Run("entity", "--archive", folder, "per:nobody");
        var type = Cli.Run("entities", "--archive", folder, "--type", "people");
        var unit = Cli.Run("entity", "--archive", folder, "org:hamas", "--unit", "year");
        var limit = Cli.Run("entities", "--archive", folder, "--limit", "0");
        var network = Cli.Run("network", "--archive", folder, "--type", "people");
        var query = Cli.Run("network", "--archive", folder, "(broken");

        Assert.Equal((1, 2, 2, 2), (id.Exit, type.Exit, unit.Exit, limit.Exit));
        Assert.Contains("no entity with id 'per:nobody'", id.Error, StringComparison.Ordinal);
        Assert.Contains("unknown entity type 'people'", type.Error, StringComparison.Ordinal);
        Assert.Contains("unknown unit 'year'", unit.Error, StringComparison.Ordinal);
        Assert.Contains("--limit", limit.Error, StringComparison.Ordinal);
        Assert.Equal((2, 2), (network.Exit, query.Exit));
        Assert.Contains("unknown entity type 'people'", network.Error, StringComparison.Ordinal);
        Assert.StartsWith("khabar network: ", query.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
