using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Dedup.Stories;

/// <summary>One transaction of story changes, with commands prepared once.</summary>
internal sealed class SqliteStoryBatch : IStoryBatch
{
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand withKey, get, keysOf, put, putKey, remove, removeKey, commit;

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

        withKey = Make("SELECT id FROM story_keys WHERE key = $k AND day BETWEEN $f AND $t LIMIT $n");
        get = Make("SELECT story_id, length(keys) / 8 FROM story_articles WHERE id = $id");
        keysOf = Make("SELECT published_utc, keys FROM story_articles WHERE id = $id");
        put = Make("INSERT OR REPLACE INTO story_articles (id, published_utc, story_id, keys) VALUES ($id, $p, $s, $keys)");
        putKey = Make("INSERT OR IGNORE INTO story_keys (key, day, id) VALUES ($k, $d, $id)");
        remove = Make("DELETE FROM story_articles WHERE id = $id");
        removeKey = Make("DELETE FROM story_keys WHERE key = $k AND day = $d AND id = $id");
        commit = Make("INSERT INTO story_meta (key, value) VALUES ('sequence', $v) ON CONFLICT (key) DO UPDATE SET value = $v");
    }

    public IReadOnlyList<long> WithKey(long key, long fromDay, long toDay, int limit)
    {
        Set(withKey, ("$k", key), ("$f", fromDay), ("$t", toDay), ("$n", limit));
        var ids = new List<long>();
        using var reader = withKey.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
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
        foreach (var key in keys)
        {
            Set(putKey, ("$k", key), ("$d", published / 86400), ("$id", id));
            putKey.ExecuteNonQuery();
        }
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

        foreach (var key in MemoryMarshal.Cast<byte, long>(keys).ToArray())
        {
            Set(removeKey, ("$k", key), ("$d", published / 86400), ("$id", id));
            removeKey.ExecuteNonQuery();
        }

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
        foreach (var command in new[] { withKey, get, keysOf, put, putKey, remove, removeKey, commit })
        {
            command.Dispose();
        }

        transaction.Dispose();
    }

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
