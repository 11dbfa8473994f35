using Lucene.Net.Search;

namespace Khabar.Archive.Search;

/// <summary>Feeds the documents of a slice that match a query to a collector, as <see cref="IndexSearcher"/> does for a whole index.</summary>
internal static class SliceCollect
{
    public static void Run(Weight weight, IReadOnlyList<DocRange> ranges, ICollector collector)
    {
        foreach (var range in ranges)
        {
            var live = range.Leaf.AtomicReader.LiveDocs;
            collector.SetNextReader(range.Leaf);
            if (range.Whole)
            {
                weight.GetBulkScorer(range.Leaf, !collector.AcceptsDocsOutOfOrder, live)?.Score(collector);
                continue;
            }

            if (weight.GetScorer(range.Leaf, live) is not { } scorer)
            {
                continue;
            }

            collector.SetScorer(scorer);
            for (var doc = scorer.Advance(range.Start); doc < range.End; doc = scorer.NextDoc())
            {
                collector.Collect(doc);
            }
        }
    }
}
