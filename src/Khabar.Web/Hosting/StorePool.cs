using System.Collections.Concurrent;

namespace Khabar.Web.Hosting;

/// <summary>
/// Read connections to the archive's files (articles, duplicate groups, stories), one set per concurrent request: a
/// SQLite connection serves one thread at a time, and in WAL mode readers never wait for the ingest writer.
/// </summary>
internal sealed class StorePool(string storePath, string groupsPath, int keep) : IDisposable
{
    private readonly ConcurrentBag<ReadConnections> idle = [];
    private bool disposed;

    /// <summary>A set of connections for this caller alone; give it back with <see cref="Return"/>.</summary>
    public ReadConnections Rent() => idle.TryTake(out var store) ? store : ReadConnections.Open(storePath, groupsPath);

    /// <summary>Takes a set back, keeping a few idle ones.</summary>
    public void Return(ReadConnections store)
    {
        if (disposed || idle.Count >= keep)
        {
            store.Dispose();
            return;
        }

        idle.Add(store);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}
