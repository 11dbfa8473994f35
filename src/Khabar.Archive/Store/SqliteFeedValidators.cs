using System.Globalization;
using Khabar.Fetching;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>
/// The ETag and Last-Modified of each feed URL, in their own table of the archive's SQLite file, so the next
/// ingest of the feed asks the server whether anything changed.
/// </summary>
public sealed class SqliteFeedValidators : IValidatorStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS feed_validators (
            url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, saved_at TEXT NOT NULL);
        """;

    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    private SqliteFeedValidators(SqliteConnection connection) => this.connection = connection;

    /// <summary>Opens the table in the store file, creating it when missing.</summary>
    public static SqliteFeedValidators Open(string storeFile)
    {
        var connection = SqliteFile.Open(storeFile);
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
        return new SqliteFeedValidators(connection);
    }

    /// <inheritdoc />
    public Validators? Find(string url)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT etag, last_modified FROM feed_validators WHERE url = $url";
            command.Parameters.AddWithValue("$url", url);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new Validators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
        }
    }

    /// <inheritdoc />
    public void Keep(string url, Validators validators)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO feed_validators (url, etag, last_modified, saved_at) VALUES ($url, $etag, $modified, $at)
                ON CONFLICT (url) DO UPDATE SET etag = $etag, last_modified = $modified, saved_at = $at
                """;
            command.Parameters.AddWithValue("$url", url);
            command.Parameters.AddWithValue("$etag", (object?)validators.ETag ?? DBNull.Value);
            command.Parameters.AddWithValue("$modified", (object?)validators.LastModified ?? DBNull.Value);
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();
}
