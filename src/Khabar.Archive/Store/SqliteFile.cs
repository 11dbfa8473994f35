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
}
