namespace Khabar.Archive.Ingest;

/// <summary>
/// Keeps a long ingest's managed heap near its live data. Every article outlives many young collections (it waits in
/// the read-ahead queue and then in its batch), so each is promoted to the oldest generation and dies there; left to
/// itself the collector lets that garbage grow with the live heap before a background collection takes it, which at
/// a million articles was about as much again as the live data. After each batch, when the heap has grown past
/// <paramref name="growth"/> times what the last full collection kept, this starts a background collection (it runs
/// beside ingest and does not stop it), at most one at a time; a heap under <paramref name="floor"/> bytes is left to
/// the collector alone.
/// </summary>
internal sealed class HeapGuard(double growth = 1.5, long floor = 256L << 20)
{
    private long waitingPast = -1;

    /// <summary>Starts a background collection when the heap has outgrown its bound; whether it did.</summary>
    public bool Check()
    {
        var last = LastFull();
        if (last.Index <= waitingPast)
        {
            return false; // the collection asked for has not finished yet
        }

        // What the full collection found alive (its heap size at the end also holds what was allocated while it ran).
        var live = last.Index == 0 ? 0 : last.PromotedBytes;
        var heap = GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes;
        if (heap < floor || heap < live * growth)
        {
            return false;
        }

        waitingPast = last.Index;
        GC.Collect(2, GCCollectionMode.Forced, blocking: false, compacting: false);
        return true;
    }

    private static GCMemoryInfo LastFull()
    {
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return blocking.Index > background.Index ? blocking : background;
    }
}
