using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Dedup;

/// <summary>One transaction of dedup changes, with prepared commands; LSH buckets come from the cache of time blocks.</summary>
internal sealed class SqliteDuplicateBatch : IDuplicateBatch
{
    private const string Columns = SqliteDedupSchema.Columns;
    private readonly SqliteTransaction transaction;
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> commands = [];
    private readonly BlockCache cache;
    private readonly DedupOptions options;
    private bool committed;

    public SqliteDuplicateBatch(SqliteConnection connection, BlockCache cache, DedupOptions options)
    {
        this.connection = connection;
        this.cache = cache;
        this.options = options;
        transaction = connection.BeginTransaction();
    }

    public DedupEntry? Get(long id) =>
        Entries(Prepared($"SELECT {Columns} FROM dedup_articles WHERE id = $a", id), 1).FirstOrDefault();

    public IReadOnlyList<DedupEntry> Candidates(DedupEntry entry, IReadOnlyList<long> buckets, int limit)
    {
        var exact = entry.Fingerprint.ExactHash;
        var found = new List<DedupEntry>();
        if (exact != 0)
        {
            var command = Prepared($"SELECT {Columns} FROM dedup_articles WHERE exact_hash = $a LIMIT $limit", exact);
            Bind(command, "$limit", limit);
            found.AddRange(Entries(command, limit));
        }

        if (buckets.Count == 0 || found.Count >= limit)
        {
            return found;
        }

        var width = cache.Limits.Width;
        var ids = found.Select(e => e.Id).ToHashSet();
        ids.Add(entry.Id);
        var known = ids.Count;
        foreach (var block in TimeBlocks.Around(entry.Published, width))
        {
            cache.Get(block, Block).Collect(buckets, at => TimeBlocks.Near(entry.Published, at, width), ids, limit - found.Count + known);
        }

        ids.ExceptWith(found.Select(e => e.Id).Append(entry.Id));
        if (ids.Count > 0)
        {
            var command = Prepared($"SELECT {Columns} FROM dedup_articles WHERE id IN (SELECT value FROM json_each($a))", "[" + string.Join(',', ids) + "]");
            found.AddRange(Entries(command, limit));
        }

        return found;
    }

    public IReadOnlyList<DedupEntry> Members(long group) =>
        Entries(Prepared($"SELECT {Columns} FROM dedup_articles WHERE group_id = $a", group), int.MaxValue);

    public void Put(DedupEntry entry, IReadOnlyList<long> buckets)
    {
        var command = Prepared($"INSERT OR REPLACE INTO dedup_articles ({Columns}) VALUES ($a, $p, $g, $e, $s, $sig)", entry.Id);
        Bind(command, "$p", entry.Published);
        Bind(command, "$g", entry.Group);
        Bind(command, "$e", entry.Fingerprint.ExactHash);
        Bind(command, "$s", entry.Fingerprint.Shingles);
        Bind(command, "$sig", SqliteDedupSchema.Bytes(entry.Fingerprint.Signature));
        command.ExecuteNonQuery();
        cache.Add(entry.Id, entry.Published, buckets);
    }

    public void Remove(DedupEntry entry)
    {
        Prepared("DELETE FROM dedup_articles WHERE id = $a", entry.Id).ExecuteNonQuery();
        cache.Remove(entry.Id, entry.Published);
    }

    public void SetGroup(long id, long group)
    {
        var command = Prepared("UPDATE dedup_articles SET group_id = $g WHERE id = $a", id);
        Bind(command, "$g", group);
        command.ExecuteNonQuery();
    }

    public void Commit(long sequence)
    {
        var command = Prepared(
            "INSERT INTO dedup_meta (key, value) VALUES ('sequence', $a) ON CONFLICT (key) DO UPDATE SET value = $a", sequence);
        command.ExecuteNonQuery();
        transaction.Commit();
        committed = true;
        cache.Sequence = sequence;
    }

    public void Dispose()
    {
        if (!committed)
        {
            // The blocks in memory may hold changes that were never committed.
            cache.Clear();
        }

        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        transaction.Dispose();
    }

    /// <summary>The newest articles of a time block, at most <paramref name="limit"/>, with their buckets, for the block in memory.</summary>
    private IEnumerable<(long, long?, IReadOnlyList<long>)> Block(long block, int limit)
    {
        var width = cache.Limits.Width;
        SqliteCommand command;
        if (block == TimeBlocks.Undated)
        {
            command = Prepared($"SELECT {Columns} FROM dedup_articles WHERE published_utc IS NULL ORDER BY id DESC LIMIT $a", limit);
        }
        else
        {
            command = Prepared($"SELECT {Columns} FROM dedup_articles WHERE published_utc >= $a AND published_utc < $to ORDER BY id DESC LIMIT $limit", block * width);
            Bind(command, "$to", (block + 1) * width);
            Bind(command, "$limit", limit);
        }

        return Entries(command, limit).Select(e => (e.Id, e.Published, (IReadOnlyList<long>)LshBands.Of(e.Fingerprint, options)));
    }

    /// <summary>The command for the SQL, prepared once per batch, with <c>$a</c> bound to the value.</summary>
    private SqliteCommand Prepared(string sql, object value)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            commands[sql] = command;
        }

        Bind(command, "$a", value);
        return command;
    }

    private static void Bind(SqliteCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
        else
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static List<DedupEntry> Entries(SqliteCommand command, int limit)
    {
        var entries = new List<DedupEntry>();
        using var reader = command.ExecuteReader();
        while (entries.Count < limit && reader.Read())
        {
            entries.Add(SqliteDedupSchema.Entry(reader));
        }

        return entries;
    }
}
