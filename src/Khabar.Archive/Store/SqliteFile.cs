using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>Opens a connection to the archive's SQLite file; every table set (articles, duplicates, stories) uses it.</summary>
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
        return connection;
    }

    /// <summary>
    /// Sets the connection's page cache, in MB. The indexes the writers insert into (identities, content hashes,
    /// story keys) take keys in random order: once they outgrow SQLite's 2 MB default every insert reads its leaf
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
