using Khabar.Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Khabar.Archive.Search;

/// <summary>
/// Counts, for every matching document, the values of the facet fields from their doc values: one value a document
/// (agency, desk, month) or several. Entity facets are counted by id elsewhere (<see cref="EntityFacets"/>).
/// </summary>
public sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> totals = fields.ToDictionary(f => f, _ => new Dictionary<string, long>());
    private SortedDocValues?[] single = [];
    private SortedSetDocValues?[] multi = [];
    private long[][] counts = [];

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => true;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer)
    {
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        for (var f = 0; f < counts.Length; f++)
        {
            if (single[f] is { } one)
            {
                var ord = one.GetOrd(doc);
                if (ord >= 0)
                {
                    counts[f][ord]++;
                }
            }
            else if (multi[f] is { } many)
            {
                many.SetDocument(doc);
                for (var ord = many.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = many.NextOrd())
                {
                    counts[f][ord]++;
                }
            }
        }
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        single = fields.Select(f => reader.GetSortedDocValues(IndexFields.Values(f))).ToArray();
        multi = fields.Select((f, i) => single[i] is null ? reader.GetSortedSetDocValues(IndexFields.Values(f)) : null).ToArray();
        counts = fields.Select((_, i) => new long[single[i]?.ValueCount ?? multi[i]?.ValueCount ?? 0]).ToArray();
    }

    /// <summary>Counts every live document of the segment, as collecting each of them would, from its cached totals.</summary>
    public void CollectAll(AtomicReaderContext context)
    {
        SetNextReader(context);
        for (var f = 0; f < counts.Length; f++)
        {
            counts[f] = SegmentTotals.Of(context.AtomicReader).Facet(context.AtomicReader, fields[f]);
        }

        Flush();
    }

    /// <summary>The counts per field, largest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result() => Merged([this]);

    /// <summary>The counts of collectors that each saw a part of the documents, added up, largest first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Merged(IReadOnlyList<FacetCollector> parts)
    {
        foreach (var part in parts)
        {
            part.Flush();
        }

        var totals = parts[0].totals.Keys.ToDictionary(f => f, f => parts.SelectMany(p => p.totals[f])
            .GroupBy(v => v.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(v => v.Value), StringComparer.Ordinal));
        return totals.ToDictionary(
            t => t.Key,
            t => (IReadOnlyList<FacetCount>)t.Value.Select(v => new FacetCount(v.Key, v.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList());
    }

    private void Flush()
    {
        var scratch = new BytesRef();
        for (var f = 0; f < counts.Length; f++)
        {
            var total = totals[fields[f]];
            for (var ord = 0; ord < counts[f].Length; ord++)
            {
                if (counts[f][ord] == 0)
                {
                    continue;
                }

                if (single[f] is { } one)
                {
                    one.LookupOrd(ord, scratch);
                }
                else
                {
                    multi[f]!.LookupOrd(ord, scratch);
                }

                var key = scratch.Utf8ToString();
                total[key] = total.GetValueOrDefault(key) + counts[f][ord];
            }
        }

        counts = [];
        single = [];
        multi = [];
    }
}
