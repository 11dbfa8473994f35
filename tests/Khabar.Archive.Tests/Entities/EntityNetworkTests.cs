using Khabar.Archive.Search;

namespace Khabar.Archive.Tests.Entities;

/// <summary>The entity network of real articles, checked against the store and against the entity pages.</summary>
public sealed class EntityNetworkTests(EntityArchive real) : IClassFixture<EntityArchive>
{
    [SkippableFact]
    public void Every_pair_counts_the_stored_articles_that_name_both_as_the_entity_pages_count_them()
    {
        var stored = real.Stored();
        var searcher = real.Archive.Index.OpenSearcher();
        var catalog = EntityCatalog.Of(searcher.IndexReader);

        var pairs = EntityNetwork.Of(stored.Select(s => s.Article), catalog, []);
        var people = EntityNetwork.Of(stored.Select(s => s.Article), catalog, ["PER", "ORG"], minArticles: 2);

        Assert.True(pairs.Count > 1000, $"only {pairs.Count} pairs");
        Assert.Equal(pairs.Select(p => p.Articles).OrderDescending(), pairs.Select(p => p.Articles));
        Assert.All(pairs, p => Assert.True(string.CompareOrdinal(p.Source.Id, p.Target.Id) < 0, $"{p.Source.Id} {p.Target.Id}"));
        Assert.Equal(pairs.Count, pairs.Select(p => (p.Source.Id, p.Target.Id)).Distinct().Count());
        Assert.All(pairs, p => Assert.True(EntityStats.Relates(p.Source) && EntityStats.Relates(p.Target)));
        foreach (var pair in pairs.Take(30).Concat(pairs.TakeLast(10)))
        {
            var both = stored.Count(s => s.Article.Entities.Any(e => e.CanonicalId == pair.Source.Id) && s.Article.Entities.Any(e => e.CanonicalId == pair.Target.Id));
            Assert.Equal(both, pair.Articles);
        }

        // The first entity's page counts the same articles for each entity named with it.
        var first = pairs[0].Source;
        var (profile, _) = EntityStats.Profile(searcher, first, AttentionUnit.Month, related: 100);
        Assert.All(profile!.Related, r => Assert.Equal(r.Articles, Assert.Single(pairs, p => (p.Source.Id, p.Target.Id) == Ordered(first.Id, r.Entity.Id)).Articles));

        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.True(p.Articles >= 2 && p.Source.Type is "PER" or "ORG" && p.Target.Type is "PER" or "ORG"));
        Assert.Equal(pairs.Where(p => p.Articles >= 2 && p.Source.Type is "PER" or "ORG" && p.Target.Type is "PER" or "ORG"), people);
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
