using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Dedup.Stories;

/// <summary>
/// One transaction of story changes, with commands prepared once. Lists of keys and ids travel as one JSON array
/// parameter (<c>json_each</c>), so an article costs a handful of statements however many keys it has.
/// </summary>
internal sealed class SqliteStoryBatch : IStoryBatch
{
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand withKeys, published, get, getMany, keysOf, put, putKeys, remove, removeKeys, commit;

    public SqliteStoryBatch(SqliteConnection connection)
    {
        transaction = connection.BeginTransaction();
        SqliteCommand Make(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        withKeys = Make("""
            SELECT key, id FROM story_keys
            WHERE key IN (SELECT value FROM json_each($keys)) AND day BETWEEN $f AND $t
            ORDER BY key, day, id
            """);
        published = Make("SELECT count(*) FROM story_articles WHERE published_utc >= $f * 86400 AND published_utc < ($t + 1) * 86400");
        get = Make("SELECT story_id, length(keys) / 8 FROM story_articles WHERE id = $id");
        getMany = Make("SELECT id, story_id, length(keys) / 8 FROM story_articles WHERE id IN (SELECT value FROM json_each($ids))");
        keysOf = Make("SELECT published_utc, keys FROM story_articles WHERE id = $id");
        put = Make("INSERT OR REPLACE INTO story_articles (id, published_utc, story_id, keys) VALUES ($id, $p, $s, $keys)");
        putKeys = Make("INSERT OR IGNORE INTO story_keys (key, day, id) SELECT value, $d, $id FROM json_each($keys)");
        remove = Make("DELETE FROM story_articles WHERE id = $id");
        removeKeys = Make("DELETE FROM story_keys WHERE key IN (SELECT value FROM json_each($keys)) AND day = $d AND id = $id");
        commit = Make("INSERT INTO story_meta (key, value) VALUES ('sequence', $v) ON CONFLICT (key) DO UPDATE SET value = $v");
    }

    public IReadOnlyList<(long Key, long Id)> WithKeys(IReadOnlyList<long> keys, long fromDay, long toDay, int limitPerKey)
    {
        Set(withKeys, ("$keys", JsonArray(keys)), ("$f", fromDay), ("$t", toDay));
        var found = new List<(long, long)>();
        using var reader = withKeys.ExecuteReader();
        var (current, taken) = (0L, 0);
        while (reader.Read())
        {
            var key = reader.GetInt64(0);
            (current, taken) = key == current && found.Count > 0 ? (current, taken + 1) : (key, 1);
            if (taken <= limitPerKey)
            {
                found.Add((key, reader.GetInt64(1)));
            }
        }

        return found;
    }

    public int Published(long fromDay, long toDay)
    {
        Set(published, ("$f", fromDay), ("$t", toDay));
        return Convert.ToInt32(published.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyDictionary<long, (long Story, int Keys)> GetMany(IReadOnlyCollection<long> ids)
    {
        var found = new Dictionary<long, (long, int)>(ids.Count);
        if (ids.Count == 0)
        {
            return found;
        }

        Set(getMany, ("$ids", JsonArray(ids)));
        using var reader = getMany.ExecuteReader();
        while (reader.Read())
        {
            found[reader.GetInt64(0)] = (reader.GetInt64(1), reader.GetInt32(2));
        }

        return found;
    }

    public (long Story, int Keys)? Get(long id)
    {
        Set(get, ("$id", id));
        using var reader = get.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
    }

    public void Put(long id, long published, long story, IReadOnlyList<long> keys)
    {
        Set(put, ("$id", id), ("$p", published), ("$s", story), ("$keys", MemoryMarshal.AsBytes(keys.ToArray().AsSpan()).ToArray()));
        put.ExecuteNonQuery();
        Set(putKeys, ("$keys", JsonArray(keys)), ("$d", published / 86400), ("$id", id));
        putKeys.ExecuteNonQuery();
    }

    public void Remove(long id)
    {
        Set(keysOf, ("$id", id));
        long published;
        byte[] keys;
        using (var reader = keysOf.ExecuteReader())
        {
            if (!reader.Read())
            {
                return;
            }

            (published, keys) = (reader.GetInt64(0), (byte[])reader.GetValue(1));
        }

        Set(removeKeys, ("$keys", JsonArray(MemoryMarshal.Cast<byte, long>(keys).ToArray())), ("$d", published / 86400), ("$id", id));
        removeKeys.ExecuteNonQuery();

        Set(remove, ("$id", id));
        remove.ExecuteNonQuery();
    }

    public void Commit(long sequence)
    {
        Set(commit, ("$v", sequence));
        commit.ExecuteNonQuery();
        transaction.Commit();
    }

    public void Dispose()
    {
        foreach (var command in new[] { withKeys, published, get, getMany, keysOf, put, putKeys, remove, removeKeys, commit })
        {
            command.Dispose();
        }

        transaction.Dispose();
    }

    private static string JsonArray(IEnumerable<long> values) =>
        "[" + string.Join(',', values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value);
            }
        }
    }
}
