using Khabar.Archive.Store;
using Khabar.Model;

namespace Khabar.Archive.Dedup;

/// <summary>
/// The archive's duplicate detection: the duplicate store and the finder over it, fed by ingest batch by batch
/// and brought up to the article store on opening, as the index is.
/// </summary>
public sealed class Deduplication(IDuplicateStore store, DedupOptions? options = null) : IDisposable
{
    private const int BatchSize = 500;

    /// <summary>The groups as stored.</summary>
    public IDuplicateStore Store { get; } = store;

    /// <summary>The finder that assigns groups.</summary>
    public DuplicateFinder Finder { get; } = new(store, new Fingerprinter(options));

    /// <summary>Opens the dedup tables inside the archive's SQLite store file.</summary>
    public static Deduplication Open(string storeFile) => new(SqliteDuplicateStore.Open(storeFile));

    /// <summary>Adds the written articles of one ingest batch; records the store sequence they reach.</summary>
    public void Add(IReadOnlyList<(long Id, Article Article)> written, long sequence) => Finder.Add(written, sequence);

    /// <summary>Processes every article changed since the groups were last committed; returns how many.</summary>
    public long CatchUp(IArticleStore articles, Action<long>? progress = null)
    {
        var target = articles.LastSequence;
        if (target <= Store.Sequence)
        {
            return 0;
        }

        long done = 0;
        var batch = new List<(long, Article)>(BatchSize);
        foreach (var stored in articles.ChangedSince(Store.Sequence))
        {
            batch.Add((stored.Id, stored.Article));
            if (batch.Count == BatchSize)
            {
                Finder.Add(batch, stored.Sequence);
                done += batch.Count;
                batch.Clear();
                progress?.Invoke(done);
            }
        }

        Finder.Add(batch, target);
        return done + batch.Count;
    }

    /// <summary>Forgets every group and recomputes them from the store.</summary>
    public long Rebuild(IArticleStore articles, Action<long>? progress = null)
    {
        Store.Clear();
        return CatchUp(articles, progress);
    }

    /// <inheritdoc />
    public void Dispose() => Store.Dispose();
}
