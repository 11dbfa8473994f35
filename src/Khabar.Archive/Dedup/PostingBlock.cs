namespace Khabar.Archive.Dedup;

/// <summary>
/// The keys of one time block's articles in memory (LSH buckets for duplicates, story keys for stories), compactly:
/// a sorted array of (key, article slot) pairs, searched by halving, and a small chained part for the latest
/// additions, merged into the sorted part when it has grown to an eighth of its size (within bounds). The merge
/// works in place, from the back, in arrays with room to spare: the sorted part grows by a quarter at a time instead
/// of being copied whole at every merge (in a large block those copies are large objects, which only a full
/// collection takes back). A key is held
/// as the upper half of its 64 bits (keys are well mixed), 8 bytes per entry: two keys may then meet by chance, so a
/// caller checks what it finds against the full keys it keeps elsewhere. An article taken out leaves an empty slot
/// that lookups skip and the next merge drops.
/// </summary>
internal sealed class PostingBlock
{
    private const long Gone = long.MinValue;
    private const int MinRecent = 1024;
    private const int MaxRecent = 65536;
    private readonly Dictionary<long, int> slots = [];
    private readonly Dictionary<int, int> recentHeads = [];
    private long[] ids = new long[16];
    private long[] published = new long[16];
    private int[] keys = [];
    private int[] keySlots = [];
    private int sorted;
    private int[] recentKeys = new int[64];
    private int[] recentSlots = new int[64];
    private int[] recentNext = new int[64];
    private int used;
    private int recent;

    /// <summary>Slots used, taken-out articles included: what the block costs in memory.</summary>
    public int Slots => used;

    /// <summary>Articles in the block.</summary>
    public int Count => slots.Count;

    /// <summary>Adds an article's keys (an article already here is replaced).</summary>
    public void Add(long id, long? at, IReadOnlyList<long> added)
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
        if (recent + added.Count > Math.Clamp(sorted / 8, MinRecent, MaxRecent))
        {
            Merge();
        }

        if (recent + added.Count > recentKeys.Length)
        {
            var size = Math.Max(recentKeys.Length * 2, recent + added.Count);
            Array.Resize(ref recentKeys, size);
            Array.Resize(ref recentSlots, size);
            Array.Resize(ref recentNext, size);
        }

        foreach (var key in added)
        {
            var held = Held(key);
            recentKeys[recent] = held;
            recentSlots[recent] = slot;
            recentNext[recent] = recentHeads.TryGetValue(held, out var head) ? head : -1;
            recentHeads[held] = recent++;
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
            if (Visit(bucket, slot =>
                {
                    if (near(published[slot] == TimeBlocks.Undated ? null : published[slot]))
                    {
                        found.Add(ids[slot]);
                    }

                    return found.Count < limit;
                }))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="found"/> the articles filed under the key (and, rarely, under another key that meets
    /// it), at most <paramref name="limit"/>; returns how many it added.
    /// </summary>
    public int Articles(long key, List<long> found, int limit)
    {
        var added = 0;
        if (limit <= 0)
        {
            return 0;
        }

        Visit(key, slot =>
        {
            found.Add(ids[slot]);
            return ++added < limit;
        });
        return added;
    }

    private static int Held(long key) => (int)(key >> 32);

    /// <summary>Calls <paramref name="visit"/> with each live slot under the key until it returns false; whether it did.</summary>
    private bool Visit(long key, Func<int, bool> visit)
    {
        var held = Held(key);
        if (recentHeads.TryGetValue(held, out var entry))
        {
            for (; entry >= 0; entry = recentNext[entry])
            {
                if (ids[recentSlots[entry]] != Gone && !visit(recentSlots[entry]))
                {
                    return true;
                }
            }
        }

        var at = Array.BinarySearch(keys, 0, sorted, held);
        if (at < 0)
        {
            return false;
        }

        while (at > 0 && keys[at - 1] == held)
        {
            at--;
        }

        for (; at < sorted && keys[at] == held; at++)
        {
            if (ids[keySlots[at]] != Gone && !visit(keySlots[at]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves the latest additions into the sorted part (dropping entries of taken-out articles).</summary>
    private void Merge()
    {
        Array.Sort(recentKeys, recentSlots, 0, recent);
        var needed = sorted + recent;
        if (needed > keys.Length)
        {
            Array.Resize(ref keys, needed + needed / 4);
            Array.Resize(ref keySlots, keys.Length);
        }

        // From the back: the next free place is never before the next entry of the sorted part still to be read.
        int a = sorted - 1, b = recent - 1, next = needed - 1;
        while (a >= 0 || b >= 0)
        {
            int key, slot;
            if (b < 0 || a >= 0 && keys[a] > recentKeys[b])
            {
                (key, slot) = (keys[a], keySlots[a]);
                a--;
            }
            else
            {
                (key, slot) = (recentKeys[b], recentSlots[b]);
                b--;
            }

            if (ids[slot] != Gone)
            {
                (keys[next], keySlots[next]) = (key, slot);
                next--;
            }
        }

        // Entries dropped leave room at the front.
        sorted = needed - (next + 1);
        if (next >= 0)
        {
            Array.Copy(keys, next + 1, keys, 0, sorted);
            Array.Copy(keySlots, next + 1, keySlots, 0, sorted);
        }

        recentHeads.Clear();
        recent = 0;
    }
}
