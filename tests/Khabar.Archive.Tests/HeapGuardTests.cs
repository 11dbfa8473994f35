using Khabar.Archive.Ingest;

namespace Khabar.Archive.Tests;

/// <summary>The guard starts a full collection when the heap has outgrown its bound, and none below its floor.</summary>
public sealed class HeapGuardTests
{
    [Fact]
    public void A_heap_past_its_bound_gets_a_full_collection_and_a_small_one_none()
    {
        Assert.False(new HeapGuard(floor: long.MaxValue).Check());

        var guard = new HeapGuard(growth: 0, floor: 0);
        var before = GC.CollectionCount(2);
        Assert.True(guard.Check());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (GC.CollectionCount(2) == before && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(10);
        }

        Assert.True(GC.CollectionCount(2) > before, "no full collection began after the guard asked for one");
    }
}
