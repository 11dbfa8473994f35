using Khabar.Entities.Learning;
using Khabar.Model;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>Upserts the articles of one batch inside its transaction, with prepared commands.</summary>
internal sealed class SqliteBatchWriter
{
    private readonly SqliteCommand find;
    private readonly SqliteCommand insert;
    private readonly SqliteCommand update;
    private readonly SqliteCommand saveSequence;
    private long sequence;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, long lastSequence)
    {
        sequence = lastSequence;
        find = Prepare(connection, transaction, "SELECT id, json FROM articles WHERE identity = $identity", "$identity");
        string[] columns = ["$sequence", "$identity", "$hash", "$source_id", "$agency", "$news_id", "$url", "$title", "$published", "$source", "$now", "$json"];
        insert = Prepare(connection, transaction, """
            INSERT INTO articles (sequence, identity, content_hash, source_id, agency, news_id, url, title, published_utc, source, ingested_at, json)
            VALUES ($sequence, $identity, $hash, $source_id, $agency, $news_id, $url, $title, $published, $source, $now, $json) RETURNING id
            """, columns);
        update = Prepare(connection, transaction, """
            UPDATE articles SET sequence = $sequence, content_hash = $hash, source_id = $source_id, agency = $agency,
              news_id = $news_id, url = $url, title = $title, published_utc = $published, source = $source,
              ingested_at = $now, json = $json WHERE identity = $identity
            """, columns);
        saveSequence = Prepare(connection, transaction,
            "INSERT INTO meta (key, value) VALUES ('sequence', $value) ON CONFLICT (key) DO UPDATE SET value = $value", "$value");
    }

    /// <summary>What the written articles taught, less what the versions they replaced had taught.</summary>
    public LearnedNames Change { get; } = new();

    public (long Id, WriteOutcome Outcome) Write(PreparedArticle prepared)
    {
        var (article, identity, hash, json, taught) = prepared;
        find.Parameters["$identity"].Value = identity;
        long? existing = null;
        using (var reader = find.ExecuteReader())
        {
            if (reader.Read())
            {
                if (ArticleSerializer.Same(reader.GetString(1), json))
                {
                    return (reader.GetInt64(0), WriteOutcome.Unchanged);
                }

                existing = reader.GetInt64(0);
                Change.Add(TaughtEntity.Of(ArticleSerializer.Deserialize(reader.GetString(1)).Entities), -1);
            }
        }

        Change.Add(taught);
        var command = existing is null ? insert : update;
        Bind(command, article, identity, hash, json);
        if (existing is { } id)
        {
            command.ExecuteNonQuery();
            return (id, WriteOutcome.Updated);
        }

        return ((long)command.ExecuteScalar()!, WriteOutcome.Added);
    }

    public void SaveSequence()
    {
        saveSequence.Parameters["$value"].Value = sequence;
        saveSequence.ExecuteNonQuery();
    }

    private void Bind(SqliteCommand command, Article article, string identity, string hash, string json)
    {
        var p = command.Parameters;
        p["$sequence"].Value = ++sequence;
        p["$identity"].Value = identity;
        p["$hash"].Value = hash;
        p["$source_id"].Value = (object?)article.SourceId ?? DBNull.Value;
        p["$agency"].Value = (object?)article.Agency ?? DBNull.Value;
        p["$news_id"].Value = (object?)article.NewsId ?? DBNull.Value;
        p["$url"].Value = (object?)article.Url ?? DBNull.Value;
        p["$title"].Value = (object?)article.Title ?? DBNull.Value;
        p["$published"].Value = article.Published is { } at ? at.ToUnixTimeSeconds() : DBNull.Value;
        p["$source"].Value = article.Source;
        p["$now"].Value = DateTimeOffset.UtcNow.ToString("O");
        p["$json"].Value = json;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = SqliteFile.Command(connection, transaction, sql, parameters);
        command.Prepare();
        return command;
    }
}
