namespace Khabar.Archive.Dedup;

/// <summary>
/// The LSH buckets of recently used time blocks, in memory, in front of the duplicate store: the store keeps each
/// article's signature, from which a block's buckets are rebuilt when it is needed again. Memory stays bounded:
/// a block holds at most its newest <see cref="DedupOptions.MaxBlockArticles"/>, and the least recently used
/// blocks are dropped beyond <see cref="DedupOptions.MaxCachedArticles"/>. The cache is a copy: it is cleared
/// whenever it may differ from the store (a batch rolled back, another writer's commit).
/// </summary>
internal sealed class BucketCache(DedupOptions options)
{
    private readonly Dictionary<long, (BucketBlock Block, long Used)> blocks = [];
    private long clock;

    /// <summary>The options whose window and bands the blocks use.</summary>
    public DedupOptions Options { get; } = options;

    /// <summary>The committed store sequence the cache reflects, or -1 when it reflects nothing yet.</summary>
    public long Sequence { get; set; } = -1;

    /// <summary>The block, loaded through <paramref name="load"/> (newest articles first) when it is not in memory.</summary>
    public BucketBlock Get(long block, Func<long, int, IEnumerable<(long Id, long? Published, Fingerprint Fingerprint)>> load)
    {
        if (blocks.TryGetValue(block, out var held) && held.Block.Slots <= 2 * Options.MaxBlockArticles)
        {
            blocks[block] = (held.Block, ++clock);
            return held.Block;
        }

        // A block that has grown to twice its cap is rebuilt from its newest articles.
        var loaded = new BucketBlock();
        foreach (var (id, published, fingerprint) in load(block, Options.MaxBlockArticles).Reverse())
        {
            loaded.Add(id, published, LshBands.Of(fingerprint, Options));
        }

        blocks[block] = (loaded, ++clock);
        Evict();
        return loaded;
    }

    /// <summary>Adds an article written to the store to its block, when that block is in memory.</summary>
    public void Add(long id, long? published, IReadOnlyList<long> buckets)
    {
        if (blocks.TryGetValue(TimeBlocks.Of(published, TimeBlocks.Width(Options)), out var held))
        {
            held.Block.Add(id, published, buckets);
        }
    }

    /// <summary>Takes an article removed from the store out of its block, when that block is in memory.</summary>
    public void Remove(long id, long? published)
    {
        if (blocks.TryGetValue(TimeBlocks.Of(published, TimeBlocks.Width(Options)), out var held))
        {
            held.Block.Remove(id);
        }
    }

    /// <summary>Forgets every block.</summary>
    public void Clear()
    {
        blocks.Clear();
        Sequence = -1;
    }

    private void Evict()
    {
        var total = blocks.Values.Sum(b => (long)b.Block.Slots);
        foreach (var (key, (block, _)) in blocks.OrderBy(b => b.Value.Used).ToList())
        {
            if (total <= Options.MaxCachedArticles || blocks.Count <= 3)
            {
                return;
            }

            blocks.Remove(key);
            total -= block.Slots;
        }
    }
}
