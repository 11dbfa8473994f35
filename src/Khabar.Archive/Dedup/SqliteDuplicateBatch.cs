using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Dedup;

/// <summary>One transaction of dedup changes, with prepared commands.</summary>
internal sealed class SqliteDuplicateBatch : IDuplicateBatch
{
    private const string Columns = SqliteDedupSchema.Columns;
    private readonly SqliteTransaction transaction;
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> commands = [];

    public SqliteDuplicateBatch(SqliteConnection connection)
    {
        this.connection = connection;
        transaction = connection.BeginTransaction();
    }

    public DedupEntry? Get(long id) =>
        Entries(Prepared($"SELECT {Columns} FROM dedup_articles WHERE id = $a", id), 1).FirstOrDefault();

    public IReadOnlyList<DedupEntry> Candidates(long exactHash, IReadOnlyList<long> buckets, int limit)
    {
        var list = string.Join(", ", Enumerable.Range(0, buckets.Count).Select(i => "$b" + i));
        var command = Prepared($"""
            SELECT {Columns} FROM dedup_articles WHERE id IN (
              SELECT id FROM dedup_articles WHERE exact_hash = $a AND $a <> 0
              UNION SELECT id FROM dedup_bands WHERE bucket IN ({(buckets.Count == 0 ? "NULL" : list)})
              LIMIT $limit)
            """, exactHash);
        for (var i = 0; i < buckets.Count; i++)
        {
            Bind(command, "$b" + i, buckets[i]);
        }

        Bind(command, "$limit", limit);
        return Entries(command, limit);
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
        var band = Prepared("INSERT OR IGNORE INTO dedup_bands (bucket, id) VALUES ($b, $a)", entry.Id);
        foreach (var bucket in buckets)
        {
            Bind(band, "$b", bucket);
            band.ExecuteNonQuery();
        }
    }

    public void Remove(long id, IReadOnlyList<long> buckets)
    {
        var band = Prepared("DELETE FROM dedup_bands WHERE bucket = $b AND id = $a", id);
        foreach (var bucket in buckets)
        {
            Bind(band, "$b", bucket);
            band.ExecuteNonQuery();
        }

        Prepared("DELETE FROM dedup_articles WHERE id = $a", id).ExecuteNonQuery();
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
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        transaction.Dispose();
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
