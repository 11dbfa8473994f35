using Khabar.Entities.Learning;
using Khabar.Model;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>The embedded system of record: one SQLite file, WAL journal, one transaction per batch.</summary>
public sealed class SqliteStore : IArticleStore
{
    private readonly SqliteConnection connection;
    private Lazy<LearnedNames> learned;

    private SqliteStore(SqliteConnection connection)
    {
        this.connection = connection;
        learned = new(() => SqliteLearnedNames.Load(connection));
    }

    /// <summary>Opens (creating when needed) the store file.</summary>
    public static SqliteStore Open(string path)
    {
        var connection = SqliteFile.Open(path);
        SqliteSchema.Apply(connection);
        SqliteFile.CachePages(connection, 64);
        return new SqliteStore(connection);
    }

    /// <inheritdoc />
    public long LastSequence => Scalar("SELECT value FROM meta WHERE key = 'sequence'") is long value ? value : 0;

    /// <inheritdoc />
    public long Count => (long)Scalar("SELECT count(*) FROM articles")!;

    /// <inheritdoc />
    public IReadOnlyList<(long Id, WriteOutcome Outcome)> Write(IReadOnlyList<Article> batch)
    {
        // Identity, content hash and JSON need no database: make them on every core before the transaction.
        var prepared = new PreparedArticle[batch.Count];
        Parallel.For(0, batch.Count, i => prepared[i] = PreparedArticle.Of(batch[i]));
        var known = learned.Value;
        using var transaction = connection.BeginTransaction();
        var writer = new SqliteBatchWriter(connection, transaction, LastSequence);
        var results = prepared.Select(writer.Write).ToList();
        writer.SaveSequence();
        SqliteLearnedNames.Write(connection, transaction, writer.Change);
        transaction.Commit();

        // Only what is committed is known: a batch that failed above taught nothing.
        known.Merge(writer.Change);
        return results;
    }

    /// <inheritdoc />
    public LearnedNames Learned => learned.Value;

    /// <inheritdoc />
    public void Relearn()
    {
        SqliteLearnedNames.Relearn(connection);
        learned = new(() => SqliteLearnedNames.Load(connection));
    }

    /// <inheritdoc />
    public (IReadOnlyList<LearnedEntity> Entities, IReadOnlyList<LearnedName> Names) ReadLearned()
    {
        _ = learned.Value;
        var (entities, names) = SqliteLearnedNames.Read(connection);
        return (entities, LearnedNames.From(entities, names).Names());
    }

    /// <inheritdoc />
    public StoredArticle? Get(long id)
    {
        using var command = Command("SELECT id, sequence, identity, content_hash, json FROM articles WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Row(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, Article> Find(IReadOnlyCollection<string> identities)
    {
        var found = new Dictionary<string, Article>(StringComparer.Ordinal);
        if (identities.Count == 0)
        {
            return found;
        }

        using var command = Command("SELECT identity, json FROM articles WHERE identity IN (SELECT value FROM json_each($ids))");
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(identities));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found[reader.GetString(0)] = ArticleSerializer.Deserialize(reader.GetString(1));
        }

        return found;
    }

    /// <inheritdoc />
    public IEnumerable<StoredArticle> ChangedSince(long sequence)
    {
        // Pages of rows, so a reader never holds the database for the whole walk.
        var after = sequence;
        while (true)
        {
            var page = new List<StoredArticle>(1000);
            using (var command = Command(
                "SELECT id, sequence, identity, content_hash, json FROM articles WHERE sequence > $after ORDER BY sequence LIMIT 1000"))
            {
                command.Parameters.AddWithValue("$after", after);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    page.Add(Row(reader));
                }
            }

            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < 1000)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }

    /// <inheritdoc />
    public void Log(IngestRecord run, IReadOnlyList<ItemError> errors) => SqliteIngestLog.Write(connection, run, errors);

    /// <inheritdoc />
    public IReadOnlyList<IngestRecord> RecentRuns(int count) => SqliteIngestLog.Recent(connection, count);

    /// <inheritdoc />
    public StoreStats Stats() => SqliteStats.Read(connection);

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();

    private static StoredArticle Row(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
        ArticleSerializer.Deserialize(reader.GetString(4)));

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }
}
