using Khabar.Archive.Dedup;
using Khabar.Archive.Dedup.Stories;
using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Lucene.Net.Search;

namespace Khabar.Web.Hosting;

/// <summary>
/// One request's hold on the archive: a point-in-time searcher and store connections of its own (articles,
/// duplicate groups, stories). Disposing it gives them back; an index reader replaced meanwhile closes when its
/// last lease ends.
/// </summary>
public sealed class ArchiveLease : IDisposable
{
    private readonly Action<ArchiveLease> release;
    private int disposed;

    internal ArchiveLease(IndexSearcher index, ReadConnections connections, Action<ArchiveLease> release)
    {
        Index = index;
        Connections = connections;
        Searcher = new ArchiveSearcher(index, connections.Articles) { Duplicates = connections.Duplicates };
        Stories = new StoryReader(connections.Stories, connections.Duplicates, connections.Articles);
        this.release = release;
    }

    /// <summary>The Lucene searcher, for counts the archive searcher does not make (attention over time).</summary>
    public IndexSearcher Index { get; }

    /// <summary>The store connection of this lease.</summary>
    public IArticleStore Store => Connections.Articles;

    /// <summary>The duplicate groups, through this lease's own connection.</summary>
    public IDuplicateStore Duplicates => Connections.Duplicates;

    /// <summary>The story clusters, through this lease's own connection.</summary>
    public IStoryStore StoryStore => Connections.Stories;

    /// <summary>Stories as people read them (title, agencies, timeline) over this lease's connections.</summary>
    public StoryReader Stories { get; }

    /// <summary>The archive searcher over this lease's index reader and store connection; it can collapse copies.</summary>
    public ArchiveSearcher Searcher { get; }

    internal ReadConnections Connections { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            release(this);
        }
    }
}
