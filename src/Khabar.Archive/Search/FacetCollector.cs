using Khabar.Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Khabar.Archive.Search;

/// <summary>Counts, for every matching document, the values of the facet fields (from their doc values).</summary>
public sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> totals = fields.ToDictionary(f => f, _ => new Dictionary<string, long>());
    private SortedDocValues?[] values = [];
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
        for (var f = 0; f < values.Length; f++)
        {
            var ord = values[f]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                counts[f][ord]++;
            }
        }
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        values = fields.Select(f => context.AtomicReader.GetSortedDocValues(IndexFields.Values(f))).ToArray();
        counts = values.Select(v => new long[v?.ValueCount ?? 0]).ToArray();
    }

    /// <summary>The counts per field, largest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        Flush();
        values = [];
        return totals.ToDictionary(
            t => t.Key,
            t => (IReadOnlyList<FacetCount>)t.Value.Select(v => new FacetCount(v.Key, v.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList());
    }

    private void Flush()
    {
        for (var f = 0; f < values.Length; f++)
        {
            if (values[f] is not { } docValues)
            {
                continue;
            }

            var total = totals[fields[f]];
            var scratch = new BytesRef();
            for (var ord = 0; ord < counts[f].Length; ord++)
            {
                if (counts[f][ord] > 0)
                {
                    docValues.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    total[key] = total.GetValueOrDefault(key) + counts[f][ord];
                }
            }
        }

        values = [];
    }
}
