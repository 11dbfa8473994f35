using System.Globalization;
using Khabar.Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Khabar.Archive.Search;

/// <summary>
/// Entity pages from the index: one entity's articles over time, the entities named with it (<see cref="Relates"/>) and its latest articles;
/// and the entities a search's articles name most.
/// </summary>
public static class EntityStats
{
    /// <summary>The most co-occurring entities or latest articles one answer holds.</summary>
    public const int MaxList = 100;

    private static readonly Sort Newest = new(new SortField(IndexFields.Values(IndexFields.Published), SortFieldType.INT64, reverse: true));

    /// <summary>The articles that name the entity with this canonical id.</summary>
    public static Query Naming(string id) => new TermQuery(new Term(IndexFields.Entity, id.ToLowerInvariant()));

    /// <summary>
    /// The entity's page: articles naming it per period (within the dates, when given), the <paramref name="related"/>
    /// entities most often named in the same articles and the ids of its <paramref name="latest"/> newest articles.
    /// </summary>
    public static (EntityProfile? Profile, string? Error) Profile(IndexSearcher searcher, KnownEntity entity, AttentionUnit unit,
        DateTimeOffset? from = null, DateTimeOffset? to = null, int related = 20, int latest = 10)
    {
        if (related is < 0 or > MaxList || latest is < 0 or > MaxList)
        {
            return (null, $"related and latest must be between 0 and {MaxList}");
        }

        var query = Naming(entity.Id);
        var (periods, error) = Attention.Count(searcher, query, from, to, unit);
        if (periods is null)
        {
            return (null, error);
        }

        var counter = new EntityCounter();
        var newest = TopFieldCollector.Create(Newest, Math.Max(1, latest), fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(query, MultiCollector.Wrap(counter, newest));
        var catalog = EntityCatalog.Of(searcher.IndexReader);
        var together = Top.Of(counter.Done().Totals.Where(t => t.Key != entity.Id && catalog.Get(t.Key) is { } other && Relates(other)), related, (a, b) =>
                b.Value.CompareTo(a.Value) is var byCount and not 0 ? byCount : Order(catalog.Get(a.Key)!, catalog.Get(b.Key)!))
            .Select(t => new EntityCount(catalog.Get(t.Key)!, t.Value)).ToList();
        var ids = newest.GetTopDocs(0, latest).ScoreDocs.Select(d => IdOf(searcher, d.Doc)).ToList();
        return (new EntityProfile(entity, periods, together, ids), null);
    }

    /// <summary>
    /// Whether an entity named in the same articles counts as related: not a date (<c>امروز</c> is another day in every
    /// article) nor a news agency, which articles name as their source (<c>به گزارش ایسنا</c>) far more often than as
    /// what they report on.
    /// </summary>
    public static bool Relates(KnownEntity other) => other.Type != "DAT" && !other.Id.StartsWith("agency:", StringComparison.Ordinal);

    // Among entities named together equally often: the more named first, then by name and id.
    private static int Order(KnownEntity a, KnownEntity b) =>
        b.Articles.CompareTo(a.Articles) is var byArticles and not 0 ? byArticles
            : string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : string.CompareOrdinal(a.Id, b.Id);

    private static long IdOf(IndexSearcher searcher, int doc) =>
        long.Parse(searcher.Doc(doc).Get(IndexFields.Id), CultureInfo.InvariantCulture);
}

/// <summary>An entity of a search's articles (its id, type and name as one of them gives it) and how many of them name it.</summary>
public sealed record NamedEntity(string Id, string Type, string Name, long Articles);

/// <summary>An entity and how many of the articles in question name it.</summary>
public sealed record EntityCount(KnownEntity Entity, long Articles);

/// <summary>
/// One entity's page: the entity, the articles naming it per period (dated articles only), the entities named with
/// it (with how many articles name both) and the archive ids of its newest articles.
/// </summary>
public sealed record EntityProfile(KnownEntity Entity, IReadOnlyList<AttentionPeriod> Mentions, IReadOnlyList<EntityCount> Related, IReadOnlyList<long> Latest);
