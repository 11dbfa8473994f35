using Khabar.Archive.Dedup;
using Khabar.Archive.Index;
using Khabar.Archive.Relinking;
using Khabar.Archive.Ingest;
using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Khabar.Model;

namespace Khabar.Archive;

/// <summary>
/// An archive folder: the SQLite store (system of record) and the Lucene index derived from it. Opening it heals
/// an index left behind by a crash.
/// </summary>
public sealed class KhabarArchive : IDisposable
{
    /// <summary>The store file's name inside the archive folder.</summary>
    public const string StoreFile = "khabar.db";

    /// <summary>
    /// The file of duplicate groups and stories, derived from the store as the index is. It is a file of its own
    /// because ingest writes it on a thread of its own while the next batch goes into the store, and SQLite lets one
    /// writer at a time into a file.
    /// </summary>
    public const string GroupsFile = "groups.db";

    private KhabarArchive(string folder, IArticleStore store, ArchiveIndex index, Deduplication dedup)
    {
        Folder = folder;
        Store = store;
        Index = index;
        Dedup = dedup;
    }

    public string Folder { get; }

    public IArticleStore Store { get; }

    public ArchiveIndex Index { get; }

    /// <summary>Duplicate groups and stories, kept beside the store (in <see cref="GroupsFile"/>) and derived from it.</summary>
    public Deduplication Dedup { get; }

    /// <summary>How many articles the last opening re-indexed to catch up with the store.</summary>
    public long Healed { get; private init; }

    /// <summary>Opens (creating when needed) the archive in the folder, and brings its index up to the store.</summary>
    public static KhabarArchive Open(string folder, Action<long>? healProgress = null)
    {
        Directory.CreateDirectory(folder);
        var store = SqliteStore.Open(Path.Combine(folder, StoreFile));
        var index = ArchiveIndex.Open(Path.Combine(folder, "index"));
        var healed = index.CatchUp(store, healProgress);
        var groups = Path.Combine(folder, GroupsFile);
        if (!File.Exists(groups))
        {
            // An archive made before kept them inside the store file: they are computed again from the store.
            Deduplication.DropTables(Path.Combine(folder, StoreFile));
        }

        var dedup = Deduplication.Open(groups);
        dedup.CatchUp(store, healProgress);
        return new KhabarArchive(folder, store, index, dedup) { Healed = healed };
    }

    /// <summary>
    /// Ingests results from a pipeline run; then, unless <paramref name="relink"/> is false, links again the stored
    /// articles whose bare names the run's lessons link otherwise (see <see cref="Ingester"/>).
    /// </summary>
    public IngestSummary Ingest(IEnumerable<ItemResult> results, string inputs, Action<IngestProgress>? progress = null, bool relink = true)
    {
        var started = DateTimeOffset.UtcNow;
        var summary = new Ingester(Store, Index, dedup: Dedup, linkEarlier: relink).Run(results, progress);
        Store.Log(new IngestRecord(started, DateTimeOffset.UtcNow, inputs, summary.Read, summary.Added, summary.Updated,
            summary.Unchanged, summary.Failed), summary.Errors);
        return summary;
    }

    /// <summary>Rebuilds the index from the store.</summary>
    public long Reindex(Action<long>? progress = null)
    {
        Index.Clear();
        return Index.CatchUp(Store, progress);
    }

    /// <summary>
    /// Links the stored articles' bare names again with the names as learned now and writes the changed ones back
    /// (see <see cref="Relinker"/>); then brings duplicate detection up to the store. The index follows with
    /// <see cref="Reindex"/> (or heals on the next opening).
    /// </summary>
    public RelinkSummary Relink(Action<RelinkSummary>? progress = null)
    {
        var summary = new Relinker(Store).Run(progress);
        Dedup.CatchUp(Store);
        return summary;
    }

    /// <summary>A searcher over the current index (<paramref name="slices"/>: see <see cref="ArchiveSearcher.Slices"/>).</summary>
    public ArchiveSearcher Searcher(int? slices = null) => new(Index.OpenSearcher(), Store) { Duplicates = Dedup.Store, Slices = slices };

    /// <inheritdoc />
    public void Dispose()
    {
        Dedup.Dispose();
        Index.Dispose();
        Store.Dispose();
    }
}
