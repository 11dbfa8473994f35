using Khabar.Archive.Dedup.Stories;
using Khabar.Archive.Store;
using Khabar.Model;

namespace Khabar.Archive.Dedup;

/// <summary>
/// The archive's duplicate groups and story clusters: their stores and finders, fed by ingest batch by batch and
/// brought up to the article store on opening, as the index is.
/// </summary>
public sealed class Deduplication(IDuplicateStore store, IStoryStore stories, DedupOptions? options = null) : IDisposable
{
    private const int BatchSize = 500;

    /// <summary>The groups as stored.</summary>
    public IDuplicateStore Store { get; } = store;

    /// <summary>The finder that assigns groups.</summary>
    public DuplicateFinder Finder { get; } = new(store, new Fingerprinter(options));

    /// <summary>The story clusters as stored.</summary>
    public IStoryStore Stories { get; } = stories;

    /// <summary>Opens (creating when needed) the dedup and story tables in the SQLite file.</summary>
    public static Deduplication Open(string file, DedupOptions? options = null) =>
        new(SqliteDuplicateStore.Open(file, options), SqliteStoryStore.Open(file), options);

    /// <summary>Drops the dedup and story tables from the SQLite file, when it has them.</summary>
    public static void DropTables(string file)
    {
        using var connection = SqliteFile.Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = $"{SqliteDedupSchema.Drop} {SqliteStoryStore.Drop}";
        command.ExecuteNonQuery();
    }

    /// <summary>The story reader over the article store.</summary>
    public StoryReader Reader(IArticleStore articles) => new(Stories, Store, articles);

    /// <summary>Adds the written articles of one ingest batch; records the store sequence they reach.</summary>
    public void Add(IReadOnlyList<(long Id, Article Article)> written, long sequence)
    {
        Finder.Add(written, sequence);
        // Stories after groups: a copy joins the story of the text it copies.
        new StoryFinder(Stories, Store).Add(written, sequence);
    }

    /// <summary>Processes every article changed since the groups were last committed; returns how many.</summary>
    public long CatchUp(IArticleStore articles, Action<long>? progress = null)
    {
        var target = articles.LastSequence;
        var from = Math.Min(Store.Sequence, Stories.Sequence);
        if (target <= from)
        {
            return 0;
        }

        long done = 0;
        var batch = new List<(long, Article)>(BatchSize);
        foreach (var stored in articles.ChangedSince(from))
        {
            batch.Add((stored.Id, stored.Article));
            if (batch.Count == BatchSize)
            {
                Add(batch, stored.Sequence);
                done += batch.Count;
                batch.Clear();
                progress?.Invoke(done);
            }
        }

        Add(batch, target);
        return done + batch.Count;
    }

    /// <summary>Forgets every group and recomputes them from the store.</summary>
    public long Rebuild(IArticleStore articles, Action<long>? progress = null)
    {
        Store.Clear();
        Stories.Clear();
        return CatchUp(articles, progress);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Stories.Dispose();
        Store.Dispose();
    }
}
