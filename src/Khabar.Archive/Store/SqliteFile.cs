using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>Opens a connection to one of the archive's SQLite files (the store; duplicate groups and stories), set up alike.</summary>
internal static class SqliteFile
{
    /// <summary>An open connection, creating the file when it is missing; unpooled, so closing it releases the file.</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            // The write-ahead log is copied into the file once it holds this many pages (64 MB) rather than SQLite's
            // 1,000: a page that several batches change in a row (an index's leaf, the last table page) is copied
            // once, not once per batch (store writes 27.4 -> 21.1 KB written per article in the ingest profile).
            command.CommandText = "PRAGMA wal_autocheckpoint = 16384; PRAGMA journal_size_limit = 67108864;";
            command.ExecuteNonQuery();
        }

        return connection;
    }

    /// <summary>
    /// Sets the connection's page cache, in MB. The indexes the writers insert into (identities, content hashes,
    /// publication times) take keys in random order: once they outgrow SQLite's 2 MB default every insert reads its leaf
    /// page back from the file, and ingest slows as the archive grows.
    /// </summary>
    public static void CachePages(SqliteConnection connection, int megabytes)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA cache_size = -{megabytes * 1024}";
        command.ExecuteNonQuery();
    }

    /// <summary>A command in the transaction, with its named parameters declared (values bound later).</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }
}
