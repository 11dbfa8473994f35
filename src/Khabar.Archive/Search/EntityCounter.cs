using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Khabar.Archive.Search;

/// <summary>Counts, over the matching documents, how many name each entity (by canonical id).</summary>
internal sealed class EntityCounter : ICollector
{
    private SegmentEntities? decoded;
    private long[] counts = [];

    /// <summary>Matching documents per canonical id.</summary>
    public Dictionary<string, long> Totals { get; } = new(StringComparer.Ordinal);

    /// <summary>Per canonical id, the type and name of the first matching document that names it.</summary>
    public Dictionary<string, (string Type, string Name)> Seen { get; } = new(StringComparer.Ordinal);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        decoded = SegmentEntities.Of(context.AtomicReader);
        counts = new long[decoded.Ids.Length];
    }

    public void Collect(int doc)
    {
        var (starts, ords) = (decoded!.Starts, decoded.Ords);
        for (var i = starts[doc]; i < starts[doc + 1]; i++)
        {
            counts[ords[i]]++;
        }
    }

    /// <summary>Adds the last segment's counts; call once the search is done.</summary>
    public EntityCounter Done()
    {
        Flush();
        return this;
    }

    private void Flush()
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                var id = decoded!.Ids[ord];
                Totals[id] = Totals.GetValueOrDefault(id) + counts[ord];
                Seen.TryAdd(id, (decoded.Types[ord], decoded.Names[ord]));
            }
        }

        counts = [];
    }
}
