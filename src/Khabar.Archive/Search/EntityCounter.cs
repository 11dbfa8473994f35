using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Khabar.Archive.Search;

/// <summary>Counts, over the matching documents, how many name each entity (by canonical id).</summary>
internal sealed class EntityCounter : ICollector
{
    // Per canonical id: how many matching documents give it each type and name.
    private readonly Dictionary<string, Dictionary<(string Type, string Name), long>> namings = new(StringComparer.Ordinal);
    private SegmentEntities? decoded;
    private long[] counts = [];

    /// <summary>Matching documents per canonical id.</summary>
    public Dictionary<string, long> Totals { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Per canonical id, the type and name most of the matching documents give it (ties: the first in ordinal order),
    /// so the answer does not depend on the order the documents were counted in. Ready after <see cref="Done"/>.
    /// </summary>
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

    /// <summary>Counts every live document of the segment, as collecting each of them would, from its cached totals.</summary>
    public void CollectAll(AtomicReaderContext context)
    {
        SetNextReader(context);
        counts = SegmentTotals.Of(context.AtomicReader).Entities(context.AtomicReader);
        Flush();
    }

    /// <summary>Adds the last segment's counts and settles each entity's name; call once the search is done.</summary>
    public EntityCounter Done()
    {
        Flush();
        Seen.Clear();
        foreach (var (id, names) in namings)
        {
            Seen[id] = names.OrderByDescending(n => n.Value).ThenBy(n => n.Key.Type, StringComparer.Ordinal)
                .ThenBy(n => n.Key.Name, StringComparer.Ordinal).First().Key;
        }

        return this;
    }

    /// <summary>Adds what another counter counted over other documents (both done).</summary>
    public EntityCounter Add(EntityCounter other)
    {
        foreach (var (id, count) in other.Totals)
        {
            Totals[id] = Totals.GetValueOrDefault(id) + count;
        }

        foreach (var (id, names) in other.namings)
        {
            foreach (var (naming, count) in names)
            {
                Add(id, naming, count);
            }
        }

        return Done();
    }

    private void Flush()
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                var id = decoded!.Ids[ord];
                Totals[id] = Totals.GetValueOrDefault(id) + counts[ord];
                Add(id, (decoded.Types[ord], decoded.Names[ord]), counts[ord]);
            }
        }

        counts = [];
    }

    private void Add(string id, (string Type, string Name) naming, long count)
    {
        if (!namings.TryGetValue(id, out var names))
        {
            namings[id] = names = [];
        }

        names[naming] = names.GetValueOrDefault(naming) + count;
    }
}
