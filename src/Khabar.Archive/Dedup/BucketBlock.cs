namespace Khabar.Archive.Dedup;

/// <summary>
/// The LSH buckets of one time block in memory, compactly: a sorted array of (bucket key, article slot) pairs,
/// searched by halving, and a small chained part for the latest additions, merged into the sorted part when it has
/// grown to an eighth of its size (within bounds). About 12 bytes per bucket entry, 400 per article. An article taken
/// out leaves an empty slot that lookups skip and the next merge drops.
/// </summary>
internal sealed class BucketBlock
{
    private const long Gone = long.MinValue;
    private const int MinRecent = 1024;
    private const int MaxRecent = 65536;
    private readonly Dictionary<long, int> slots = [];
    private readonly Dictionary<long, int> recentHeads = [];
    private long[] ids = new long[16];
    private long[] published = new long[16];
    private long[] keys = [];
    private int[] keySlots = [];
    private long[] recentKeys = new long[64];
    private int[] recentSlots = new int[64];
    private int[] recentNext = new int[64];
    private int used;
    private int recent;

    /// <summary>Slots used, taken-out articles included: what the block costs in memory.</summary>
    public int Slots => used;

    /// <summary>Adds an article's bucket keys (an article already here is replaced).</summary>
    public void Add(long id, long? at, IReadOnlyList<long> buckets)
    {
        Remove(id);
        if (used == ids.Length)
        {
            Array.Resize(ref ids, used * 2);
            Array.Resize(ref published, used * 2);
        }

        var slot = used++;
        ids[slot] = id;
        published[slot] = at ?? TimeBlocks.Undated;
        slots[id] = slot;
        if (recent + buckets.Count > Math.Clamp(keys.Length / 8, MinRecent, MaxRecent))
        {
            Merge();
        }

        if (recent + buckets.Count > recentKeys.Length)
        {
            var size = Math.Max(recentKeys.Length * 2, recent + buckets.Count);
            Array.Resize(ref recentKeys, size);
            Array.Resize(ref recentSlots, size);
            Array.Resize(ref recentNext, size);
        }

        foreach (var bucket in buckets)
        {
            recentKeys[recent] = bucket;
            recentSlots[recent] = slot;
            recentNext[recent] = recentHeads.TryGetValue(bucket, out var head) ? head : -1;
            recentHeads[bucket] = recent++;
        }
    }

    /// <summary>Takes an article out, when it is here.</summary>
    public void Remove(long id)
    {
        if (slots.Remove(id, out var slot))
        {
            ids[slot] = Gone;
        }
    }

    /// <summary>Adds to <paramref name="found"/> the articles in any of the buckets accepted by <paramref name="near"/>, up to the limit.</summary>
    public void Collect(IReadOnlyList<long> buckets, Func<long?, bool> near, HashSet<long> found, int limit)
    {
        foreach (var bucket in buckets)
        {
            if (recentHeads.TryGetValue(bucket, out var entry))
            {
                for (; entry >= 0; entry = recentNext[entry])
                {
                    if (Take(recentSlots[entry], near, found, limit))
                    {
                        return;
                    }
                }
            }

            var at = Array.BinarySearch(keys, bucket);
            if (at < 0)
            {
                continue;
            }

            while (at > 0 && keys[at - 1] == bucket)
            {
                at--;
            }

            for (; at < keys.Length && keys[at] == bucket; at++)
            {
                if (Take(keySlots[at], near, found, limit))
                {
                    return;
                }
            }
        }
    }

    private bool Take(int slot, Func<long?, bool> near, HashSet<long> found, int limit)
    {
        if (ids[slot] != Gone && near(published[slot] == TimeBlocks.Undated ? null : published[slot]))
        {
            found.Add(ids[slot]);
        }

        return found.Count >= limit;
    }

    /// <summary>Moves the latest additions into the sorted part (dropping entries of taken-out articles).</summary>
    private void Merge()
    {
        Array.Sort(recentKeys, recentSlots, 0, recent);
        var merged = new long[keys.Length + recent];
        var mergedSlots = new int[merged.Length];
        int n = 0, a = 0, b = 0;
        while (a < keys.Length || b < recent)
        {
            long key;
            int slot;
            if (b == recent || a < keys.Length && keys[a] <= recentKeys[b])
            {
                (key, slot) = (keys[a], keySlots[a]);
                a++;
            }
            else
            {
                (key, slot) = (recentKeys[b], recentSlots[b]);
                b++;
            }

            if (ids[slot] != Gone)
            {
                (merged[n], mergedSlots[n]) = (key, slot);
                n++;
            }
        }

        if (n < merged.Length)
        {
            Array.Resize(ref merged, n);
            Array.Resize(ref mergedSlots, n);
        }

        (keys, keySlots) = (merged, mergedSlots);
        recentHeads.Clear();
        recent = 0;
    }
}
