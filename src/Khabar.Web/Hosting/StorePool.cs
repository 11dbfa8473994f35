using System.Collections.Concurrent;
using Khabar.Archive.Store;

namespace Khabar.Web.Hosting;

/// <summary>
/// Read connections to the store, one per concurrent request: a SQLite connection serves one thread at a time,
/// and in WAL mode readers never wait for the ingest writer.
/// </summary>
internal sealed class StorePool(string path, int keep) : IDisposable
{
    private readonly ConcurrentBag<SqliteStore> idle = [];
    private bool disposed;

    /// <summary>A connection for this caller alone; give it back with <see cref="Return"/>.</summary>
    public SqliteStore Rent() => idle.TryTake(out var store) ? store : SqliteStore.Open(path);

    /// <summary>Takes a connection back, keeping a few idle ones.</summary>
    public void Return(SqliteStore store)
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
