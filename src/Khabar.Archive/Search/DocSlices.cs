using Lucene.Net.Index;

namespace Khabar.Archive.Search;

/// <summary>Documents <c>[Start, End)</c> of one index segment.</summary>
internal sealed record DocRange(AtomicReaderContext Leaf, int Start, int End)
{
    /// <summary>Whether the range is the whole segment.</summary>
    public bool Whole => Start == 0 && End == Leaf.AtomicReader.MaxDoc;
}

/// <summary>
/// Cuts an index into contiguous runs of documents of about equal size, in document order, so one query can be
/// collected on several cores and the parts merged as if one pass had read them all.
/// </summary>
internal static class DocSlices
{
    /// <summary>Below this many documents a second slice costs more than it saves.</summary>
    public const int MinDocs = 50_000;

    /// <summary>How many slices an index of <paramref name="documents"/> documents gets on this machine.</summary>
    public static int CountFor(int documents) => Math.Clamp(documents / MinDocs, 1, Environment.ProcessorCount);

    /// <summary>The segments cut into <paramref name="count"/> runs (fewer when there are fewer documents).</summary>
    public static IReadOnlyList<IReadOnlyList<DocRange>> Cut(IList<AtomicReaderContext> leaves, int count)
    {
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        count = (int)Math.Max(1, Math.Min(count, total));
        var slices = new List<IReadOnlyList<DocRange>>(count);
        var current = new List<DocRange>();
        long done = 0;
        var slice = 0;
        foreach (var leaf in leaves)
        {
            var size = leaf.AtomicReader.MaxDoc;
            var start = 0;
            while (start < size)
            {
                // The slice ends where its share of all documents ends; the last slice takes the rest.
                var sliceEnd = slice == count - 1 ? total : total * (slice + 1) / count;
                var end = (int)Math.Min(size, start + (sliceEnd - done));
                if (end > start)
                {
                    current.Add(new DocRange(leaf, start, end));
                    done += end - start;
                    start = end;
                }

                if (done == sliceEnd && slice < count - 1)
                {
                    slices.Add(current);
                    current = [];
                    slice++;
                }
            }
        }

        if (current.Count > 0 || slices.Count == 0)
        {
            slices.Add(current);
        }

        return slices;
    }
}
