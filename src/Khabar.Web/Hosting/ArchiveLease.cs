using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Lucene.Net.Search;

namespace Khabar.Web.Hosting;

/// <summary>
/// One request's hold on the archive: a point-in-time searcher and a store connection of its own. Disposing it
/// gives both back; an index reader replaced meanwhile closes when its last lease ends.
/// </summary>
public sealed class ArchiveLease : IDisposable
{
    private readonly Action<ArchiveLease> release;
    private int disposed;

    internal ArchiveLease(IndexSearcher index, SqliteStore store, Action<ArchiveLease> release)
    {
        Index = index;
        Store = store;
        Searcher = new ArchiveSearcher(index, store);
        this.release = release;
    }

    /// <summary>The Lucene searcher, for counts the archive searcher does not make (attention over time).</summary>
    public IndexSearcher Index { get; }

    /// <summary>The store connection of this lease.</summary>
    public IArticleStore Store { get; }

    /// <summary>The archive searcher over this lease's index reader and store connection.</summary>
    public ArchiveSearcher Searcher { get; }

    internal SqliteStore Connection => (SqliteStore)Store;

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            release(this);
        }
    }
}
