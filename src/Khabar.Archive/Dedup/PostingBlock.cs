using System.Numerics;

namespace Khabar.Archive.Dedup;

/// <summary>
/// The keys of one time block's articles in memory (LSH buckets for duplicates, story keys for stories), compactly:
/// a large sorted array of (key, article slot) pairs and a small sorted part for the latest additions, both searched
/// by halving. An article's keys are merged into the small part as it comes; the small part is merged into the large
/// one when it has grown to about the square root of the large part's size times an article's keys, which balances
/// the two merges' costs. Both merges work in place, from the back, in arrays with room to spare: the large part
/// grows by a quarter at a time instead of being copied whole at every merge (in a large block those copies are
/// large objects, which only a full collection takes back). A key is held as the upper half of its 64 bits (keys are
/// well mixed), 8 bytes per entry: two keys may then meet by chance, so a caller checks what it finds against the
/// full keys it keeps elsewhere. Articles are found by id through an open-addressing table of slots (a few bytes per
/// article, where a dictionary took about forty). An article taken out leaves an empty slot that lookups skip and
/// the next merge into the large part drops.
/// </summary>
internal sealed class PostingBlock
{
    private const long Gone = long.MinValue;
    private const int MinRecent = 256;
    private const int MaxRecent = 16384;
    private const int KeysPerArticle = 32;
    private long[] ids = new long[16];
    private long[] published = new long[16];
    private int used;
    private int count;
    private int[] index = new int[32];
    private int indexShift = 64 - 5;
    private int indexed;
    private int[] keys = [];
    private int[] keySlots = [];
    private int sorted;
    private int[] recentKeys = [];
    private int[] recentSlots = [];
    private int recent;

    /// <summary>Slots used, taken-out articles included: what the block costs in memory.</summary>
    public int Slots => used;

    /// <summary>Articles in the block.</summary>
    public int Count => count;

    /// <summary>
    /// Whether the block holds every article of its time in the store (it was not loaded at its cap), so that
    /// <see cref="Count"/> counts them.
    /// </summary>
    public bool Whole { get; set; } = true;

    /// <summary>Adds an article's keys (an article already here is replaced).</summary>
    public void Add(long id, long? at, IReadOnlyList<long> added)
    {
        var slot = NewSlot(id, at);
        if (added.Count == 0)
        {
            return;
        }

        if (recent + added.Count > Math.Clamp((int)Math.Sqrt(sorted * (double)KeysPerArticle), MinRecent, MaxRecent))
        {
            Merge();
        }

        if (recent + added.Count > recentKeys.Length)
        {
            var size = Math.Max(Math.Max(recentKeys.Length * 2, 64), recent + added.Count);
            Array.Resize(ref recentKeys, size);
            Array.Resize(ref recentSlots, size);
        }

        var mine = added.Count <= 128 ? stackalloc int[added.Count] : new int[added.Count];
        for (var i = 0; i < mine.Length; i++)
        {
            mine[i] = Held(added[i]);
        }

        mine.Sort();

        // From the back; a new entry goes after the entries already there under the same key.
        int a = recent - 1, b = mine.Length - 1, next = recent + mine.Length - 1;
        while (b >= 0)
        {
            if (a >= 0 && recentKeys[a] > mine[b])
            {
                (recentKeys[next], recentSlots[next]) = (recentKeys[a], recentSlots[a]);
                a--;
            }
            else
            {
                (recentKeys[next], recentSlots[next]) = (mine[b], slot);
                b--;
            }

            next--;
        }

        recent += mine.Length;
    }

    /// <summary>
    /// A block of the articles given, oldest first (a later row of the same article replaces an earlier one), sorted
    /// in one pass: adding a large block's rows one by one would merge its sorted part again and again.
    /// </summary>
    public static PostingBlock Load(IEnumerable<(long Id, long? Published, IReadOnlyList<long> Keys)> rows)
    {
        var block = new PostingBlock();
        var entries = 0;
        foreach (var (id, at, added) in rows)
        {
            var slot = block.NewSlot(id, at);
            if (entries + added.Count > block.keys.Length)
            {
                var size = Math.Max(Math.Max(block.keys.Length * 2, 64), entries + added.Count);
                Array.Resize(ref block.keys, size);
                Array.Resize(ref block.keySlots, size);
            }

            foreach (var key in added)
            {
                (block.keys[entries], block.keySlots[entries]) = (Held(key), slot);
                entries++;
            }
        }

        // Sorted by key, and within a key by slot (the order articles came in), as merges keep them.
        Array.Sort(block.keys, block.keySlots, 0, entries);
        for (var start = 0; start < entries;)
        {
            var end = start + 1;
            while (end < entries && block.keys[end] == block.keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(block.keySlots, start, end - start);
            }

            start = end;
        }

        // Entries of replaced rows are dropped; the arrays keep no room to spare until the block grows.
        var kept = 0;
        for (var i = 0; i < entries; i++)
        {
            if (block.ids[block.keySlots[i]] != Gone)
            {
                (block.keys[kept], block.keySlots[kept]) = (block.keys[i], block.keySlots[i]);
                kept++;
            }
        }

        Array.Resize(ref block.keys, kept);
        Array.Resize(ref block.keySlots, kept);
        block.sorted = kept;
        return block;
    }

    /// <summary>Takes an article out, when it is here.</summary>
    public void Remove(long id)
    {
        var slot = Find(id);
        if (slot >= 0)
        {
            ids[slot] = Gone;
            count--;
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

    /// <summary>The first place in the first <paramref name="length"/> entries whose key is not below <paramref name="key"/>.</summary>
    private static int First(int[] sortedKeys, int length, int key)
    {
        int low = 0, high = length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (sortedKeys[middle] < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with each live slot under the key, the latest additions first (newest first),
    /// until it returns false; whether it did.
    /// </summary>
    private bool Visit(long key, Func<int, bool> visit)
    {
        var held = Held(key);
        var start = First(recentKeys, recent, held);
        var end = start;
        while (end < recent && recentKeys[end] == held)
        {
            end++;
        }

        for (var at = end - 1; at >= start; at--)
        {
            if (ids[recentSlots[at]] != Gone && !visit(recentSlots[at]))
            {
                return true;
            }
        }

        for (var at = First(keys, sorted, held); at < sorted && keys[at] == held; at++)
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

        recent = 0;
    }

    /// <summary>A slot for the article (one already here is taken out first), filed by id.</summary>
    private int NewSlot(long id, long? at)
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
        count++;
        Index(slot);
        return slot;
    }

    /// <summary>The slot of a live article, or -1.</summary>
    private int Find(long id)
    {
        var mask = index.Length - 1;
        for (var at = Place(id); ; at = (at + 1) & mask)
        {
            var entry = index[at];
            if (entry == 0)
            {
                return -1;
            }

            if (ids[entry - 1] == id)
            {
                return entry - 1;
            }
        }
    }

    /// <summary>Files a new slot in the table; a table over seven tenths full is rebuilt from the live slots, at most half full.</summary>
    private void Index(int slot)
    {
        if ((indexed + 1) * 10L > index.Length * 7L)
        {
            var size = 32;
            while (size < 2 * count)
            {
                size *= 2;
            }

            index = new int[size];
            indexShift = 64 - BitOperations.Log2((uint)size);
            indexed = 0;
            for (var live = 0; live < slot; live++)
            {
                if (ids[live] != Gone)
                {
                    File(live);
                }
            }
        }

        File(slot);
    }

    private void File(int slot)
    {
        var mask = index.Length - 1;
        var at = Place(ids[slot]);
        while (index[at] != 0)
        {
            at = (at + 1) & mask;
        }

        index[at] = slot + 1;
        indexed++;
    }

    private int Place(long id) => (int)(((ulong)id * 0x9E3779B97F4A7C15UL) >> indexShift);
}
