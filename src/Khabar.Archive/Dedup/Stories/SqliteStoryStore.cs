using Khabar.Archive.Store;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Dedup.Stories;

/// <summary>
/// Stories in SQLite, in the archive's file of groups and stories: one row per dated article with its story and keys. Which
/// articles of a day carry a key is kept in memory, one block per day, rebuilt from those rows when needed (an older
/// archive's key table is dropped): a key table written in key order took a page write for every key of every
/// article, and rewrote most of itself on every commit.
/// </summary>
public sealed class SqliteStoryStore : IStoryStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS story_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS story_articles (
            id INTEGER PRIMARY KEY, published_utc INTEGER NOT NULL, story_id INTEGER NOT NULL, keys BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id, published_utc);
        CREATE INDEX IF NOT EXISTS story_articles_published ON story_articles (published_utc);
        DROP TABLE IF EXISTS story_keys;
        """;

    /// <summary>Drops the story tables.</summary>
    public const string Drop = "DROP TABLE IF EXISTS story_articles; DROP TABLE IF EXISTS story_meta; DROP TABLE IF EXISTS story_keys;";

    private readonly SqliteConnection connection;
    private readonly BlockCache cache = new(new BlockLimits(86400, MaxDayArticles, MaxCachedArticles, 2 * StoryFinder.WindowDays + 1));

    private SqliteStoryStore(SqliteConnection connection) => this.connection = connection;

    /// <summary>A day block in memory holds at most the newest this many articles; older ones of that day join stories only through their copies.</summary>
    public const int MaxDayArticles = 200_000;

    /// <summary>At most this many articles' keys are held in memory over all days (least recently used days go first).</summary>
    public const int MaxCachedArticles = 1_000_000;

    /// <summary>Opens (creating the tables when needed) the story tables in the SQLite file.</summary>
    public static SqliteStoryStore Open(string path)
    {
        var connection = SqliteFile.Open(path);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;" + Schema;
            command.ExecuteNonQuery();
        }

        // Rows are appended and read back a day at a time: a small page cache does.
        SqliteFile.CachePages(connection, 16);
        return new SqliteStoryStore(connection);
    }

    /// <inheritdoc />
    public long Sequence => Scalar("SELECT value FROM story_meta WHERE key = 'sequence'", 0) ?? 0;

    /// <inheritdoc />
    public IStoryBatch Begin()
    {
        // Another writer may have committed since: then the day blocks in memory are stale and are rebuilt as needed.
        if (cache.Sequence != Sequence)
        {
            cache.Clear();
        }

        return new SqliteStoryBatch(connection, cache);
    }

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
        command.CommandText = "DELETE FROM story_articles; DELETE FROM story_meta;";
        command.ExecuteNonQuery();
        cache.Clear();
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
