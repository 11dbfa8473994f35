using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Khabar.Archive.Index;
using Lucene.Net.Index;

namespace Khabar.Archive.Search;

/// <summary>
/// How many live documents of one segment have each value of a facet field, and name each entity: what counting
/// every document would give, worked out once per segment and state of deletions, so a search over all articles
/// (the empty query) does not count a million documents again each time.
/// </summary>
internal sealed class SegmentTotals
{
    private static readonly ConditionalWeakTable<object, SegmentTotals> Cache = new();
    private readonly ConcurrentDictionary<string, long[]> facets = new(StringComparer.Ordinal);
    private long[]? entities;

    /// <summary>The totals of the segment as it is now (a new deletion is a new state).</summary>
    public static SegmentTotals Of(AtomicReader reader) => Cache.GetValue(reader.CombinedCoreAndDeletesKey, _ => new SegmentTotals());

    /// <summary>Live documents per ordinal of a facet field's doc values (empty when the segment has none); <paramref name="reader"/> is the segment these totals are of.</summary>
    public long[] Facet(AtomicReader reader, string field) => facets.GetOrAdd(field, f => CountFacet(reader, f));

    /// <summary>Live documents per identity ordinal of <see cref="SegmentEntities"/>.</summary>
    public long[] Entities(AtomicReader reader) => entities ??= EntityCatalog.CountLive(SegmentEntities.Of(reader), reader);

    private static long[] CountFacet(AtomicReader reader, string field)
    {
        var live = reader.LiveDocs;
        if (reader.GetSortedDocValues(IndexFields.Values(field)) is { } single)
        {
            var counts = new long[single.ValueCount];
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if ((live is null || live.Get(doc)) && single.GetOrd(doc) is var ord and >= 0)
                {
                    counts[ord]++;
                }
            }

            return counts;
        }

        if (reader.GetSortedSetDocValues(IndexFields.Values(field)) is { } many)
        {
            return EntityCatalog.CountLive(many, reader, (int)many.ValueCount);
        }

        return [];
    }
}
