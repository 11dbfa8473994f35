using Khabar.Archive.Dedup;
using Khabar.Archive.Index;
using Khabar.Archive.Store;
using Lucene.Net.Search;

namespace Khabar.Archive.Search;

/// <summary>Runs searches over the index and reads the hits' articles from the store.</summary>
public sealed class ArchiveSearcher(IndexSearcher searcher, IArticleStore store)
{
    /// <summary>The largest offset + limit served, so no request walks the whole archive.</summary>
    public const int MaxWindow = 10_000;

    /// <summary>Duplicate groups, for <see cref="SearchRequest.Collapse"/>; without them nothing is collapsed.</summary>
    public IDuplicateStore? Duplicates { get; init; }

    /// <summary>The results, or an error that says what is wrong with the request.</summary>
    public (SearchResponse? Response, string? Error) Search(SearchRequest request)
    {
        var (parsed, error) = KhabarQueryParser.TryParse(request.Query);
        if (parsed is null)
        {
            return (null, error);
        }

        if (request.Offset < 0 || request.Limit < 0 || request.Offset + request.Limit > MaxWindow)
        {
            return (null, $"offset + limit must be between 0 and {MaxWindow}");
        }

        var query = WithDates(parsed, request);
        var collapse = request.Collapse && Duplicates is not null;
        var window = collapse ? CollapsedHits.Window(request.Offset, request.Limit, MaxWindow) : Math.Max(1, request.Offset + request.Limit);
        ITopDocsCollector top = request.Sort == SearchSort.Date
            ? TopFieldCollector.Create(DateSort, window, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(window, docsScoredInOrder: false);
        var facets = new FacetCollector(request.Facets.Where(f => !EntityFacets.Types.ContainsKey(f)).ToList());
        var entityFields = request.Facets.Where(EntityFacets.Types.ContainsKey).Distinct().ToList();
        var entities = entityFields.Count > 0 ? new EntityCounter() : null;
        searcher.Search(query, request.Facets.Count > 0 ? MultiCollector.Wrap(top, facets, entities) : top);

        var docs = collapse
            ? CollapsedHits.Page(top.GetTopDocs(), d => IdOf(d.Doc), Duplicates!, request.Offset, request.Limit)
            : top.GetTopDocs(request.Offset, request.Limit);
        var snippets = request.Snippets ? new SnippetMaker(parsed) : null;
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        foreach (var doc in docs.ScoreDocs)
        {
            var id = IdOf(doc.Doc);
            if (store.Get(id) is { } stored)
            {
                var snippet = snippets?.Make(DocumentBuilder.BodyText(stored.Article)) ?? [];
                hits.Add(new SearchHit(id, float.IsNaN(doc.Score) ? 0 : doc.Score, stored.Article, snippet));
            }
        }

        return (new SearchResponse(top.TotalHits, hits, facets.Result())
        {
            EntityFacets = entities is null ? new Dictionary<string, IReadOnlyList<NamedEntity>>()
                : EntityFacets.Of(entities.Done(), entityFields, request.EntityFacetLimit),
        }, null);
    }

    /// <summary>The archive ids of every article the request matches, in id order (for export).</summary>
    public (long[]? Ids, string? Error) MatchingIds(SearchRequest request)
    {
        var (parsed, error) = KhabarQueryParser.TryParse(request.Query);
        if (parsed is null)
        {
            return (null, error);
        }

        var ids = new IdCollector();
        searcher.Search(WithDates(parsed, request), ids);
        var result = ids.Ids.ToArray();
        Array.Sort(result);
        return (result, null);
    }

    private long IdOf(int doc) => long.Parse(searcher.Doc(doc).Get(IndexFields.Id), System.Globalization.CultureInfo.InvariantCulture);

    private static Sort DateSort { get; } = new(
        new SortField(IndexFields.Values(IndexFields.Published), SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE);

    private static Query WithDates(Query query, SearchRequest request)
    {
        if (request.From is null && request.To is null)
        {
            return query;
        }

        var range = NumericRangeFilter.NewInt64Range(IndexFields.Published,
            request.From?.ToUnixTimeSeconds(), request.To?.ToUnixTimeSeconds(), true, true);
        return new FilteredQuery(query, range);
    }
}
