namespace Khabar.Archive.Dedup;

/// <summary>
/// Where duplicate groups live: beside the article store (the same SQLite file by default) and small on purpose,
/// so a server database can take its place. Like the index, it follows the store's change sequence and can be
/// rebuilt from the store.
/// </summary>
public interface IDuplicateStore : IDisposable
{
    /// <summary>The article-store sequence the groups reflect.</summary>
    long Sequence { get; }

    /// <summary>Starts one atomic unit of changes.</summary>
    IDuplicateBatch Begin();

    /// <summary>The group of an article (a group of one when it has no copies), or null when it is not known.</summary>
    DuplicateGroup? GroupOf(long id);

    /// <summary>The canonical article of each of the ids (the id itself for an article with no copies).</summary>
    IReadOnlyDictionary<long, long> Canonicals(IReadOnlyCollection<long> ids);

    /// <summary>Every group of two or more articles, in order of canonical id.</summary>
    IEnumerable<DuplicateGroup> Groups();

    /// <summary>The fingerprint dedup keeps for an article, or null.</summary>
    DedupEntry? Get(long id);

    /// <summary>Forgets every group and fingerprint (before a rebuild).</summary>
    void Clear();
}

/// <summary>One unit of changes to the duplicate store, committed with the article-store sequence it reflects.</summary>
public interface IDuplicateBatch : IDisposable
{
    /// <summary>The entry of an article, or null.</summary>
    DedupEntry? Get(long id);

    /// <summary>
    /// Articles with the entry's exact hash (at any time), then articles sharing an LSH bucket with it and published
    /// within the window of it (<see cref="DedupOptions.Window"/>), at most <paramref name="limit"/> in all.
    /// </summary>
    IReadOnlyList<DedupEntry> Candidates(DedupEntry entry, IReadOnlyList<long> buckets, int limit);

    /// <summary>The members of a group.</summary>
    IReadOnlyList<DedupEntry> Members(long group);

    /// <summary>Adds an article's entry and its LSH buckets.</summary>
    void Put(DedupEntry entry, IReadOnlyList<long> buckets);

    /// <summary>Removes an article's entry and its buckets.</summary>
    void Remove(DedupEntry entry);

    /// <summary>Moves an article to another group.</summary>
    void SetGroup(long id, long group);

    /// <summary>Makes the changes durable, recording the article-store sequence they reflect.</summary>
    void Commit(long sequence);
}

/// <summary>What dedup keeps per article: its publication instant (Unix seconds), group and fingerprint.</summary>
public sealed record DedupEntry(long Id, long? Published, long Group, Fingerprint Fingerprint);

/// <summary>A duplicate group: the canonical article (earliest published, then lowest id) and every member, in order.</summary>
public sealed record DuplicateGroup(long Canonical, IReadOnlyList<long> Members);
