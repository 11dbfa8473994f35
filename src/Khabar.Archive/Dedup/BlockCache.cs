namespace Khabar.Archive.Dedup;

/// <summary>
/// The keys of recently used time blocks, in memory, in front of a store that keeps what they are made from (each
/// article's signature, or its story keys): a block is rebuilt from the store when it is needed again. Memory stays
/// bounded: a block holds at most its newest <see cref="BlockLimits.MaxBlockArticles"/>, and the least recently used
/// blocks are dropped beyond <see cref="BlockLimits.MaxCachedArticles"/>. The cache is a copy: it is cleared
/// whenever it may differ from the store (a batch rolled back, another writer's commit).
/// </summary>
internal sealed class BlockCache(BlockLimits limits)
{
    private readonly Dictionary<long, (PostingBlock Block, long Used)> blocks = [];
    private long clock;

    /// <summary>The block width and the bounds.</summary>
    public BlockLimits Limits { get; } = limits;

    /// <summary>The committed store sequence the cache reflects, or -1 when it reflects nothing yet.</summary>
    public long Sequence { get; set; } = -1;

    /// <summary>The block, loaded through <paramref name="load"/> (newest articles first, at most the limit given) when it is not in memory.</summary>
    public PostingBlock Get(long block, Func<long, int, IEnumerable<(long Id, long? Published, IReadOnlyList<long> Keys)>> load)
    {
        if (blocks.TryGetValue(block, out var held) && held.Block.Slots <= 2 * Limits.MaxBlockArticles)
        {
            blocks[block] = (held.Block, ++clock);
            return held.Block;
        }

        // A block that has grown to twice its cap is rebuilt from its newest articles.
        var loaded = PostingBlock.Load(load(block, Limits.MaxBlockArticles).Reverse());
        // Fewer rows than asked for (a slot each): the block holds every article of its time, and counts them.
        loaded.Whole = loaded.Slots < Limits.MaxBlockArticles;

        blocks[block] = (loaded, ++clock);
        Evict();
        return loaded;
    }

    /// <summary>Adds an article written to the store to its block, when that block is in memory.</summary>
    public void Add(long id, long? published, IReadOnlyList<long> keys)
    {
        if (blocks.TryGetValue(TimeBlocks.Of(published, Limits.Width), out var held))
        {
            held.Block.Add(id, published, keys);
        }
    }

    /// <summary>Takes an article removed from the store out of its block, when that block is in memory.</summary>
    public void Remove(long id, long? published)
    {
        if (blocks.TryGetValue(TimeBlocks.Of(published, Limits.Width), out var held))
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
        if (total <= Limits.MaxCachedArticles)
        {
            return;
        }

        foreach (var (key, (block, _)) in blocks.OrderBy(b => b.Value.Used).ToList())
        {
            if (total <= Limits.MaxCachedArticles || blocks.Count <= Limits.MinBlocks)
            {
                return;
            }

            blocks.Remove(key);
            total -= block.Slots;
        }
    }
}
