using Khabar.Archive;
using Khabar.Archive.Ingest;
using Khabar.Pipeline;
using Khabar.Reading;
using Lucene.Net.Search;

namespace Khabar.Web.Hosting;

/// <summary>
/// The archive a server works on. Requests read through leases (a shared point-in-time searcher and a pooled store
/// connection each); ingests run one at a time on the archive's own connection, then the searcher is refreshed.
/// </summary>
public sealed class ArchiveHost : IDisposable
{
    private readonly KhabarArchive archive;
    private readonly StorePool stores;
    private readonly KhabarPipeline pipeline = PipelineBuilder.Default();
    private readonly SemaphoreSlim ingestGate = new(1, 1);
    private readonly Lock gate = new();
    private IndexSearcher current;

    private ArchiveHost(KhabarArchive archive)
    {
        this.archive = archive;
        stores = new StorePool(Path.Combine(archive.Folder, KhabarArchive.StoreFile), Path.Combine(archive.Folder, KhabarArchive.GroupsFile),
            Environment.ProcessorCount * 2);
        current = archive.Index.OpenSearcher();
    }

    /// <summary>The archive folder.</summary>
    public string Folder => archive.Folder;

    /// <summary>Opens (creating when needed) the archive in the folder.</summary>
    public static ArchiveHost Open(string folder) => new(KhabarArchive.Open(folder));

    /// <summary>How many documents the index holds.</summary>
    public int Indexed => archive.Index.Count;

    /// <summary>A hold on the archive as it is now, for one request.</summary>
    public ArchiveLease Lease()
    {
        IndexSearcher searcher;
        lock (gate)
        {
            searcher = current;
            searcher.IndexReader.IncRef();
        }

        return new ArchiveLease(searcher, stores.Rent(), Release);
    }

    /// <summary>Reads one uploaded input (a page, a JSON record, an array or JSON Lines of records) into the archive.</summary>
    public async Task<IngestSummary> IngestAsync(InputItem item, CancellationToken cancel)
    {
        await ingestGate.WaitAsync(cancel);
        try
        {
            var summary = await Task.Run(() => archive.Ingest(pipeline.Run(item), item.Source), CancellationToken.None);
            Refresh();
            return summary;
        }
        finally
        {
            ingestGate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ingestGate.Wait();
        lock (gate)
        {
            current.IndexReader.DecRef();
        }

        stores.Dispose();
        archive.Dispose();
    }

    private void Refresh()
    {
        var fresh = archive.Index.OpenSearcher();
        IndexSearcher old;
        lock (gate)
        {
            old = current;
            current = fresh;
        }

        old.IndexReader.DecRef();
    }

    private void Release(ArchiveLease lease)
    {
        lease.Index.IndexReader.DecRef();
        stores.Return(lease.Connections);
    }
}
