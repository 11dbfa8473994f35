using Khabar.Archive.Store;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Dedup.Stories;

/// <summary>Stories in SQLite, in the archive's store file: one row per dated article and a key table by day.</summary>
public sealed class SqliteStoryStore : IStoryStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS story_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS story_articles (
            id INTEGER PRIMARY KEY, published_utc INTEGER NOT NULL, story_id INTEGER NOT NULL, keys BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id, published_utc);
        CREATE INDEX IF NOT EXISTS story_articles_published ON story_articles (published_utc);
        CREATE TABLE IF NOT EXISTS story_keys (
            key INTEGER NOT NULL, day INTEGER NOT NULL, id INTEGER NOT NULL,
            PRIMARY KEY (key, day, id)) WITHOUT ROWID;
        """;

    private readonly SqliteConnection connection;

    private SqliteStoryStore(SqliteConnection connection) => this.connection = connection;

    /// <summary>Opens (creating the tables when needed) the story tables in the SQLite file.</summary>
    public static SqliteStoryStore Open(string path)
    {
        var connection = SqliteFile.Open(path);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;" + Schema;
            command.ExecuteNonQuery();
        }

        SqliteFile.CachePages(connection, 64);
        return new SqliteStoryStore(connection);
    }

    /// <inheritdoc />
    public long Sequence => Scalar("SELECT value FROM story_meta WHERE key = 'sequence'", 0) ?? 0;

    /// <inheritdoc />
    public IStoryBatch Begin() => new SqliteStoryBatch(connection);

    /// <inheritdoc />
    public long? StoryOf(long id) => Scalar("SELECT story_id FROM story_articles WHERE id = $v", id);

    /// <inheritdoc />
    public IReadOnlyList<long> Members(long story) =>
        Ids("SELECT id FROM story_articles WHERE story_id = $v ORDER BY published_utc, id", story);

    /// <inheritdoc />
    public IReadOnlyList<long> Latest(int minSize, int limit) => Ids($"""
        SELECT story_id FROM story_articles GROUP BY story_id HAVING count(*) >= $v
        ORDER BY max(published_utc) DESC, story_id LIMIT {limit}
        """, minSize);

    /// <inheritdoc />
    public void Clear()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM story_keys; DELETE FROM story_articles; DELETE FROM story_meta;";
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();

    private long? Scalar(string sql, long value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        return command.ExecuteScalar() is long result ? result : null;
    }

    private List<long> Ids(string sql, long value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
