using Khabar.Archive.Dedup;

namespace Khabar.Bench.Dedup;

/// <summary>
/// What the in-memory time blocks cost: N articles dated at random over eight years (as the archive scale bench
/// dates them), each with 32 LSH keys in the duplicates' 7-day blocks and 30 story keys in the stories' day blocks,
/// added one by one as ingest adds them; then the live managed memory of each cache after a full collection, and the
/// time the additions took. Then the time to read back one dense block, article by article and in one pass.
/// </summary>
internal static class BlockMemory
{
    public static void Run(int count)
    {
        var random = new Random(1403);
        var start = new DateTimeOffset(2016, 3, 20, 0, 0, 0, TimeSpan.FromHours(3.5)).ToUnixTimeSeconds();
        var before = GC.GetTotalMemory(true);
        var duplicates = new BlockCache(new BlockLimits(7 * 86400, 200_000, 1_000_000, 3));
        var stories = new BlockCache(new BlockLimits(86400, 200_000, 1_000_000, 7));
        var lsh = new long[32];
        var story = new long[30];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var id = 1L; id <= count; id++)
        {
            var at = start + random.NextInt64(0, 8 * 365 * 86400L);
            for (var i = 0; i < lsh.Length; i++)
            {
                lsh[i] = random.NextInt64();
            }

            for (var i = 0; i < story.Length; i++)
            {
                story[i] = random.NextInt64();
            }

            // A block not in memory is loaded first (empty here), as a lookup would load it.
            duplicates.Get(TimeBlocks.Of(at, 7 * 86400), (_, _) => []);
            duplicates.Add(id, at, lsh);
            stories.Get(TimeBlocks.Of(at, 86400), (_, _) => []);
            stories.Add(id, at, story);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var both = GC.GetTotalMemory(true) - before;
        stories.Clear();
        var storiesBytes = both - (GC.GetTotalMemory(true) - before);
        GC.KeepAlive(duplicates);
        Console.WriteLine($"{count:N0} articles in time blocks, added in {seconds:N1} s:");
        Console.WriteLine($"  duplicates (32 keys, 7-day blocks)  {(both - storiesBytes) / 1048576.0,8:N0} MB = {(both - storiesBytes) / (double)count,6:N0} bytes per article");
        Console.WriteLine($"  stories (30 keys, day blocks)       {storiesBytes / 1048576.0,8:N0} MB = {storiesBytes / (double)count,6:N0} bytes per article");
        Console.WriteLine($"  both                                {both / 1048576.0,8:N0} MB = {both / (double)count,6:N0} bytes per article");
        Reload(random);
    }

    // A block read back from the store (after a restart, or once evicted): the same rows added one by one, and
    // sorted in one pass, for one dense week of 100,000 articles.
    private static void Reload(Random random)
    {
        var rows = Enumerable.Range(1, 100_000)
            .Select(id => ((long)id, (long?)id, (IReadOnlyList<long>)Enumerable.Range(0, 32).Select(_ => random.NextInt64()).ToArray()))
            .ToList();
        for (var round = 0; round < 3; round++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var byOne = new PostingBlock();
            foreach (var (id, at, keys) in rows)
            {
                byOne.Add(id, at, keys);
            }

            var oneByOne = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var loaded = PostingBlock.Load(rows);
            Console.WriteLine($"  a block of {rows.Count:N0} articles read back: {oneByOne:N0} ms added one by one, {clock.Elapsed.TotalMilliseconds:N0} ms sorted in one pass ({loaded.Count:N0} = {byOne.Count:N0} articles)");
        }
    }
}
