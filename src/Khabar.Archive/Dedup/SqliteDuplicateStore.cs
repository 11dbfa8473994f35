using Khabar.Archive.Store;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Dedup;

/// <summary>The duplicate store in SQLite: its own connection to the archive's file of groups and stories.</summary>
public sealed class SqliteDuplicateStore : IDuplicateStore
{
    private readonly SqliteConnection connection;
    private readonly BlockCache cache;
    private readonly DedupOptions options;
    private SqliteCommand? groupOf;

    private SqliteDuplicateStore(SqliteConnection connection, DedupOptions options)
    {
        this.connection = connection;
        this.options = options;
        cache = new BlockCache(new BlockLimits(TimeBlocks.Width(options), options.MaxBlockArticles, options.MaxCachedArticles, 3));
    }

    /// <summary>Opens (creating the tables when needed) the dedup tables in the SQLite file.</summary>
    public static SqliteDuplicateStore Open(string path, DedupOptions? options = null)
    {
        var connection = SqliteFile.Open(path);
        SqliteDedupSchema.Apply(connection);
        // Time blocks are read back from the article table when their buckets are rebuilt, which the block cache
        // makes rare (a million articles' blocks stay in memory): a modest page cache does.
        SqliteFile.CachePages(connection, 32);

        return new SqliteDuplicateStore(connection, options ?? DedupOptions.Default);
    }

    /// <inheritdoc />
    public long Sequence
    {
        get
        {
            using var command = Command("SELECT value FROM dedup_meta WHERE key = 'sequence'");
            return command.ExecuteScalar() is long value ? value : 0;
        }
    }

    /// <inheritdoc />
    public IDuplicateBatch Begin()
    {
        // Another writer may have committed since: then the buckets in memory are stale and are rebuilt as needed.
        if (cache.Sequence != Sequence)
        {
            cache.Clear();
        }

        return new SqliteDuplicateBatch(connection, cache, options);
    }

    /// <inheritdoc />
    public DedupEntry? Get(long id)
    {
        using var command = Command($"SELECT {SqliteDedupSchema.Columns} FROM dedup_articles WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? SqliteDedupSchema.Entry(reader) : null;
    }

    /// <inheritdoc />
    public DuplicateGroup? GroupOf(long id)
    {
        // Asked for every article ingest puts into a story: the statement is prepared once.
        if (groupOf is null)
        {
            groupOf = Command("""
                SELECT m.id FROM dedup_articles a JOIN dedup_articles m ON m.group_id = a.group_id
                WHERE a.id = $id ORDER BY coalesce(m.published_utc, 9223372036854775807), m.id
                """);
            groupOf.Parameters.Add("$id", SqliteType.Integer);
        }

        groupOf.Parameters[0].Value = id;
        var members = Ids(groupOf);
        return members.Count == 0 ? null : new DuplicateGroup(members[0], members);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<long, long> Canonicals(IReadOnlyCollection<long> ids)
    {
        var result = new Dictionary<long, long>(ids.Count);
        using var command = Command("SELECT group_id FROM dedup_articles WHERE id = $id");
        var parameter = command.Parameters.Add("$id", SqliteType.Integer);
        foreach (var id in ids)
        {
            parameter.Value = id;
            result[id] = command.ExecuteScalar() is long group ? group : id;
        }

        return result;
    }

    /// <inheritdoc />
    public IEnumerable<DuplicateGroup> Groups()
    {
        // Walks the group index in pages, so the caller can stream groups out of an archive of any size.
        var after = long.MinValue;
        while (true)
        {
            using var command = Command("""
                SELECT group_id, id FROM dedup_articles WHERE group_id IN (
                  SELECT group_id FROM dedup_articles WHERE group_id > $after GROUP BY group_id HAVING count(*) > 1
                  ORDER BY group_id LIMIT 500)
                ORDER BY group_id, coalesce(published_utc, 9223372036854775807), id
                """);
            command.Parameters.AddWithValue("$after", after);
            var page = new List<(long Group, long Id)>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    page.Add((reader.GetInt64(0), reader.GetInt64(1)));
                }
            }

            foreach (var group in page.GroupBy(row => row.Group))
            {
                yield return new DuplicateGroup(group.Key, group.Select(row => row.Id).ToList());
            }

            if (page.Count == 0)
            {
                yield break;
            }

            after = page[^1].Group;
        }
    }

    /// <inheritdoc />
    public void Clear()
    {
        using var command = Command("DELETE FROM dedup_articles; DELETE FROM dedup_meta;");
        command.ExecuteNonQuery();
        cache.Clear();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        groupOf?.Dispose();
        connection.Dispose();
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static List<long> Ids(SqliteCommand command)
    {
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
