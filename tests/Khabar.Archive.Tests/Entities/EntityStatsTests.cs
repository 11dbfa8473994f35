using Khabar.Archive.Search;
using Khabar.Archive.Store;

namespace Khabar.Archive.Tests.Entities;

/// <summary>Entity counts from the index, checked against the articles in the store (the system of record).</summary>
public sealed class EntityStatsTests(EntityArchive real) : IClassFixture<EntityArchive>
{
    private static Dictionary<string, long> NamedBy(IEnumerable<StoredArticle> articles) =>
        articles.SelectMany(a => a.Article.Entities.Select(e => e.CanonicalId).Distinct())
            .GroupBy(id => id).ToDictionary(g => g.Key, g => (long)g.Count());

    private EntityCatalog Catalog() => EntityCatalog.Of(real.Archive.Index.OpenSearcher().IndexReader);

    [SkippableFact]
    public void The_catalog_counts_for_every_entity_the_articles_that_name_it()
    {
        var stored = real.Stored();
        var expected = NamedBy(stored);
        var catalog = Catalog();

        var all = catalog.All;
        var (total, listed) = catalog.Find(null, [], 0, int.MaxValue);

        Assert.True(expected.Count > 500, $"only {expected.Count} entities in the real articles");
        Assert.Equal(expected, all.ToDictionary(e => e.Id, e => e.Articles));
        Assert.Equal(all.Where(e => !(e.Type == "DAT" && Khabar.Persian.Dates.DatePhrases.CountsFromPublication(e.Name))), listed);
        Assert.Equal(listed.Count, total);
        Assert.Equal(all.OrderByDescending(e => e.Articles).Select(e => e.Articles), all.Select(e => e.Articles));
        var names = stored.SelectMany(a => a.Article.Entities).GroupBy(e => e.CanonicalId).ToDictionary(g => g.Key, g => g.Select(e => e.CanonicalName).ToHashSet());
        Assert.All(all, e => Assert.Contains(e.Name, names[e.Id]));
    }

    [SkippableFact]
    public void The_founding_sample_people_carry_their_roles_aliases_and_company()
    {
        var catalog = Catalog();
        var (_, found) = catalog.Find("هنیه", ["PER"], 0, 10);
        var haniyeh = Assert.Single(found, e => e.Name == "اسماعیل هنیه");
        Assert.Contains(haniyeh.Roles, r => r.Value == "رئیس دفتر سیاسی حماس");
        Assert.Contains(haniyeh.Aliases, a => a.Value == "هنیه");
        var nakhalah = Assert.Single(catalog.Find("النخاله", ["PER"], 0, 10).Entities, e => e.Name == "زیاد النخاله");
        Assert.Contains(nakhalah.Roles, r => r.Value.Contains("دبیرکل", StringComparison.Ordinal));

        var searcher = real.Archive.Index.OpenSearcher();
        var (profile, error) = EntityStats.Profile(searcher, haniyeh, AttentionUnit.Month, related: 100);

        Assert.True(profile is not null, error);
        var together = profile!.Related.Select(r => r.Entity.Name).ToList();
        Assert.Contains("زیاد النخاله", together);
        Assert.Contains("حماس", together);
        Assert.Contains("تهران", together);
        Assert.Equal(haniyeh.Articles, profile.Mentions.Sum(p => p.Count));
    }

    [SkippableFact]
    public void A_profile_counts_co_mentions_periods_and_newest_articles_as_the_store_has_them()
    {
        var stored = real.Stored();
        var catalog = Catalog();
        var searcher = real.Archive.Index.OpenSearcher();
        foreach (var entity in catalog.Find(null, [], 0, 5).Entities)
        {
            var (profile, error) = EntityStats.Profile(searcher, entity, AttentionUnit.Month, related: 100, latest: 100);
            Assert.True(profile is not null, error);

            var naming = stored.Where(a => a.Article.Entities.Any(e => e.CanonicalId == entity.Id)).ToList();
            var together = NamedBy(naming).Where(t => t.Key != entity.Id && EntityStats.Relates(catalog.Get(t.Key)!)).ToDictionary();
            Assert.All(profile!.Related, r => Assert.True(r.Entity.Type != "DAT" && !r.Entity.Id.StartsWith("agency:", StringComparison.Ordinal), r.Entity.Id));
            var expected = together.OrderByDescending(t => t.Value).Take(100).ToList();
            Assert.Equal(expected.Select(t => t.Value), profile!.Related.Select(r => r.Articles));
            Assert.All(profile.Related, r => Assert.Equal(together[r.Entity.Id], r.Articles));

            Assert.Equal(naming.Count(a => a.Article.Published is not null), profile.Mentions.Sum(p => p.Count));
            Assert.Equal(profile.Mentions.Select(p => p.Start).Order(), profile.Mentions.Select(p => p.Start));

            var newest = naming.OrderByDescending(a => a.Article.Published ?? DateTimeOffset.MinValue).Take(100).Select(a => a.Article.Published).ToList();
            var shown = profile.Latest.Select(id => real.Archive.Store.Get(id)!.Article.Published).ToList();
            Assert.Equal(newest, shown);
            Assert.All(profile.Latest, id => Assert.Contains(naming, a => a.Id == id));
        }
    }

    [SkippableFact]
    public void The_entities_a_search_names_are_counted_over_its_articles_only()
    {
        var request = new SearchRequest("تهران");
        var (ids, _) = real.Archive.Searcher().MatchingIds(request);
        var matched = ids!.Select(id => real.Archive.Store.Get(id)!).ToList();
        var expected = NamedBy(matched);
        var written = matched.SelectMany(a => a.Article.Entities).GroupBy(e => e.CanonicalId)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.Type, e.CanonicalName)).ToHashSet());

        var (response, error) = real.Archive.Searcher().Search(request with { Facets = [.. EntityFacets.Types.Keys], EntityFacetLimit = 5, Limit = 0 });

        Assert.True(response is not null, error);
        foreach (var (facet, named) in response.EntityFacets)
        {
            Assert.NotEmpty(named);
            Assert.True(named.Count <= 5);
            Assert.All(named, n => Assert.Equal(expected[n.Id], n.Articles));
            Assert.All(named, n => Assert.Contains((n.Type, n.Name), written[n.Id]));
            Assert.All(named, n => Assert.Contains(n.Type, EntityFacets.Types[facet]));
            var best = Catalog().Find(null, EntityFacets.Types[facet], 0, int.MaxValue).Entities.Where(e => expected.ContainsKey(e.Id)).Max(e => expected[e.Id]);
            Assert.Equal(best, named[0].Articles);
        }

        Assert.NotNull(real.Archive.Searcher().Search(new SearchRequest("(broken") { Facets = ["person"] }).Error);
    }

    [SkippableFact]
    public void Finding_by_part_of_a_name_or_an_id_filters_by_type_and_pages()
    {
        var catalog = Catalog();
        var (places, some) = catalog.Find("تهران", ["LOC"], 0, 3);
        Assert.True(places >= 1);
        Assert.Equal("تهران", some[0].Name);
        Assert.All(some, e => Assert.Equal("LOC", e.Type));
        Assert.Equal(some[0].Id, catalog.Find(some[0].Id, [], 0, 1).Entities[0].Id);
        var (all, _) = catalog.Find("ا", [], 0, 0);
        var page2 = catalog.Find("ا", [], 10, 10).Entities;
        Assert.Equal(catalog.Find("ا", [], 0, 20).Entities.Skip(10), page2);
        Assert.True(all > 20);
        Assert.Equal(0, catalog.Find("ا", ["NONE"], 0, 10).Total);
        Assert.Null(catalog.Get("per:no_such_person"));
    }

    [SkippableFact]
    public void A_day_by_day_count_over_too_long_a_span_is_refused_not_computed()
    {
        var catalog = Catalog();
        var searcher = real.Archive.Index.OpenSearcher();
        var (_, all) = catalog.Find(null, [], 0, int.MaxValue);
        var widest = all.Take(50).Select(e => (e, EntityStats.Profile(searcher, e, AttentionUnit.Month).Profile!.Mentions.Count)).MaxBy(p => p.Count);
        Assert.True(widest.Count > 66, $"the widest span is {widest.Count} months");

        var (profile, error) = EntityStats.Profile(searcher, widest.e, AttentionUnit.Day);

        Assert.Null(profile);
        Assert.Contains("periods", error);
        Assert.Contains("between 0 and 100", EntityStats.Profile(searcher, widest.e, AttentionUnit.Month, latest: 101).Error);
    }
}
