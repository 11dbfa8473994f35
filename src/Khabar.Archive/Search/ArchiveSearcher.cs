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
        var found = Collect(query, request, window);
        var docs = collapse
            ? CollapsedHits.Page(found.Top, d => IdOf(d.Doc), Duplicates!, request.Offset, request.Limit)
            : new TopDocs(found.Top.TotalHits, found.Top.ScoreDocs.Skip(request.Offset).Take(request.Limit).ToArray(), found.Top.MaxScore);
        var stored = docs.ScoreDocs.Select(d => (Doc: d, Id: IdOf(d.Doc))).Select(d => (d.Doc, d.Id, Stored: store.Get(d.Id)))
            .Where(d => d.Stored is not null).ToList();
        var snippets = request.Snippets ? SnippetMaker.MakeAll(SpellingsQuery.Pruned(parsed, searcher.IndexReader), stored.Select(d => DocumentBuilder.BodyText(d.Stored!.Article)).ToList()) : null;
        var hits = stored.Select((d, i) => new SearchHit(d.Id, float.IsNaN(d.Doc.Score) ? 0 : d.Doc.Score, d.Stored!.Article, snippets?[i] ?? [])).ToList();

        return (new SearchResponse(found.Top.TotalHits, hits, found.Facets) { EntityFacets = found.Entities }, null);
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

    /// <summary>
    /// How many parts the documents are cut into, each collected on its own core (null: one per core for a large
    /// index, <see cref="DocSlices.CountFor"/>). The merged result is the same whatever the count.
    /// </summary>
    public int? Slices { get; init; }

    /// <summary>Whether the empty query counts from each segment's kept totals (off only to test them against counting).</summary>
    internal bool KeptTotals { get; init; } = true;

    /// <summary>The ranked window, facet and entity counts of every document the query matches.</summary>
    private Found Collect(Query query, SearchRequest request, int window)
    {
        var facetFields = request.Facets.Where(f => !EntityFacets.Types.ContainsKey(f)).Distinct().ToList();
        var entityFields = request.Facets.Where(EntityFacets.Types.ContainsKey).Distinct().ToList();
        var reader = searcher.IndexReader;
        var slices = DocSlices.Cut(reader.Leaves, Slices ?? DocSlices.CountFor(reader.MaxDoc));
        var weight = searcher.CreateNormalizedWeight(query);

        // Every article matches the empty query: its counts are each segment's totals, kept from the last time.
        var everything = query is MatchAllDocsQuery && KeptTotals;
        var parts = new SliceCollectors[slices.Count];
        Parallel.For(0, slices.Count, new ParallelOptions { MaxDegreeOfParallelism = slices.Count }, i =>
        {
            parts[i] = new SliceCollectors(request.Sort, window, facetFields, entityFields.Count > 0, counting: !everything);
            SliceCollect.Run(weight, slices[i], parts[i].All);
        });

        if (everything)
        {
            foreach (var leaf in reader.Leaves)
            {
                parts[0].Facets.CollectAll(leaf);
                parts[0].Entities?.CollectAll(leaf);
            }
        }

        var tops = parts.Select(p => p.Top.GetTopDocs()).ToArray();
        var top = tops.Length == 1 ? tops[0] : TopDocs.Merge(request.Sort == SearchSort.Date ? DateSort : null, window, tops);
        var entities = entityFields.Count == 0 ? null
            : parts.Skip(1).Aggregate(parts[0].Entities!.Done(), (all, part) => all.Add(part.Entities!.Done()));
        return new Found(top, FacetCollector.Merged(parts.Select(p => p.Facets).ToList()),
            entities is null ? new Dictionary<string, IReadOnlyList<NamedEntity>>() : EntityFacets.Of(entities, entityFields, request.EntityFacetLimit));
    }

    private long IdOf(int doc) => long.Parse(searcher.Doc(doc).Get(IndexFields.Id), System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Found(TopDocs Top, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
        IReadOnlyDictionary<string, IReadOnlyList<NamedEntity>> Entities);

    /// <summary>The collectors of one slice: the ranked window, and the facet and entity counts when asked for.</summary>
    private sealed class SliceCollectors
    {
        public SliceCollectors(SearchSort sort, int window, IReadOnlyList<string> facetFields, bool entities, bool counting)
        {
            Top = sort == SearchSort.Date
                ? TopFieldCollector.Create(DateSort, window, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
                : TopScoreDocCollector.Create(window, docsScoredInOrder: false);
            Facets = new FacetCollector(facetFields);
            Entities = entities ? new EntityCounter() : null;
            All = counting && (facetFields.Count > 0 || entities) ? MultiCollector.Wrap(Top, Facets, Entities) : Top;
        }

        public ITopDocsCollector Top { get; }

        public FacetCollector Facets { get; }

        public EntityCounter? Entities { get; }

        public ICollector All { get; }
    }

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
