namespace Khabar.Archive.Search;

/// <summary>The first few items in an order without sorting them all: a heap of the best seen so far.</summary>
internal static class Top
{
    /// <summary>The <paramref name="count"/> first items by <paramref name="order"/>, first first.</summary>
    public static List<T> Of<T>(IEnumerable<T> items, int count, Comparison<T> order)
    {
        if (count <= 0)
        {
            return [];
        }

        // The heap's top is the worst item kept, so a newcomer is compared with it once and most go no further.
        var kept = new PriorityQueue<T, T>(Comparer<T>.Create((a, b) => order(b, a)));
        foreach (var item in items)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(item, item);
            }
            else if (order(item, kept.Peek()) < 0)
            {
                kept.EnqueueDequeue(item, item);
            }
        }

        var best = new List<T>(kept.Count);
        while (kept.TryDequeue(out var item, out _))
        {
            best.Add(item);
        }

        best.Reverse();
        return best;
    }
}
