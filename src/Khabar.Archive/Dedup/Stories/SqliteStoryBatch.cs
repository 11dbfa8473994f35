using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Dedup.Stories;

/// <summary>
/// One transaction of story changes, with commands prepared once. Which articles carry a key is answered from the
/// day blocks in memory (<see cref="BlockCache"/>), rebuilt from the articles' stored keys when a day is needed
/// again; only the articles' rows are written.
/// </summary>
internal sealed class SqliteStoryBatch : IStoryBatch
{
    private readonly SqliteTransaction transaction;
    private readonly BlockCache cache;
    private readonly SqliteCommand day, published, get, getMany, publishedOf, put, remove, commit;
    private bool committed;

    public SqliteStoryBatch(SqliteConnection connection, BlockCache cache)
    {
        this.cache = cache;
        transaction = connection.BeginTransaction();
        SqliteCommand Make(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        day = Make("SELECT id, published_utc, keys FROM story_articles WHERE published_utc >= $f AND published_utc < $t ORDER BY id DESC LIMIT $limit");
        published = Make("SELECT count(*) FROM story_articles WHERE published_utc >= $f * 86400 AND published_utc < ($t + 1) * 86400");
        get = Make("SELECT story_id, length(keys) / 8 FROM story_articles WHERE id = $id");
        getMany = Make("SELECT id, story_id, keys FROM story_articles WHERE id IN (SELECT value FROM json_each($ids))");
        publishedOf = Make("SELECT published_utc FROM story_articles WHERE id = $id");
        put = Make("INSERT OR REPLACE INTO story_articles (id, published_utc, story_id, keys) VALUES ($id, $p, $s, $keys)");
        remove = Make("DELETE FROM story_articles WHERE id = $id");
        commit = Make("INSERT INTO story_meta (key, value) VALUES ('sequence', $v) ON CONFLICT (key) DO UPDATE SET value = $v");
    }

    public IReadOnlyList<(long Key, long Id)> WithKeys(IReadOnlyList<long> keys, long fromDay, long toDay, int limitPerKey)
    {
        var blocks = new List<PostingBlock>();
        for (var d = fromDay; d <= toDay; d++)
        {
            blocks.Add(cache.Get(d, Day));
        }

        var found = new List<(long, long)>(4 * keys.Count);
        var ids = new List<long>();
        foreach (var key in keys)
        {
            var taken = 0;
            for (var b = 0; b < blocks.Count && taken < limitPerKey; b++)
            {
                ids.Clear();
                taken += blocks[b].Articles(key, ids, limitPerKey - taken);
                foreach (var id in ids)
                {
                    found.Add((key, id));
                }
            }
        }

        return found;
    }

    public int Published(long fromDay, long toDay)
    {
        // Counted in the day blocks, which a lookup in the window loads anyway; a count over the published index
        // read every row of the window, once per day of a batch, and grew with the archive.
        var total = 0;
        for (var d = fromDay; d <= toDay && total >= 0; d++)
        {
            var block = cache.Get(d, Day);
            total = block.Whole ? total + block.Count : -1;
        }

        if (total >= 0)
        {
            return total;
        }

        Set(published, ("$f", fromDay), ("$t", toDay));
        return Convert.ToInt32(published.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyDictionary<long, (long Story, long[] Keys)> GetMany(IReadOnlyCollection<long> ids)
    {
        var found = new Dictionary<long, (long, long[])>(ids.Count);
        if (ids.Count == 0)
        {
            return found;
        }

        Set(getMany, ("$ids", "[" + string.Join(',', ids.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]"));
        using var reader = getMany.ExecuteReader();
        while (reader.Read())
        {
            found[reader.GetInt64(0)] = (reader.GetInt64(1), Keys((byte[])reader.GetValue(2)));
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
        cache.Add(id, published, keys);
    }

    public void Remove(long id)
    {
        Set(publishedOf, ("$id", id));
        if (publishedOf.ExecuteScalar() is not long at)
        {
            return;
        }

        Set(remove, ("$id", id));
        remove.ExecuteNonQuery();
        cache.Remove(id, at);
    }

    public void Commit(long sequence)
    {
        Set(commit, ("$v", sequence));
        commit.ExecuteNonQuery();
        transaction.Commit();
        committed = true;
        cache.Sequence = sequence;
    }

    public void Dispose()
    {
        if (!committed)
        {
            // The day blocks in memory may hold changes that were never committed.
            cache.Clear();
        }

        foreach (var command in new[] { day, published, get, getMany, publishedOf, put, remove, commit })
        {
            command.Dispose();
        }

        transaction.Dispose();
    }

    /// <summary>The newest articles published on a day, at most <paramref name="limit"/>, with their keys, for the day's block in memory.</summary>
    private IEnumerable<(long, long?, IReadOnlyList<long>)> Day(long block, int limit)
    {
        var width = cache.Limits.Width;
        Set(day, ("$f", block * width), ("$t", (block + 1) * width), ("$limit", limit));
        var articles = new List<(long, long?, IReadOnlyList<long>)>();
        using var reader = day.ExecuteReader();
        while (reader.Read())
        {
            articles.Add((reader.GetInt64(0), reader.GetInt64(1), Keys((byte[])reader.GetValue(2))));
        }

        return articles;
    }

    private static long[] Keys(byte[] bytes) => MemoryMarshal.Cast<byte, long>(bytes).ToArray();

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
