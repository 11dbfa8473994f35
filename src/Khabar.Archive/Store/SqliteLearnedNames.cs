using System.Text;
using System.Text.Json;
using Khabar.Entities.Learning;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>
/// The learned people and organisations in the store file (<c>learned_entities</c>; <c>learned_names</c>, the forms of
/// organisations, those of people following from their names): changed by
/// each batch inside its transaction, so they always agree with the articles committed; learned from every stored
/// article once when an archive made before them is first written to.
/// </summary>
internal static class SqliteLearnedNames
{
    private const string Marker = "learned_names";

    /// <summary>The stored knowledge, learned first from the stored articles when the tables are new to this archive.</summary>
    public static LearnedNames Load(SqliteConnection connection)
    {
        using (var check = connection.CreateCommand())
        {
            check.CommandText = $"SELECT value FROM meta WHERE key = '{Marker}'";
            if (check.ExecuteScalar() is null)
            {
                Relearn(connection);
            }
        }

        var (entities, names) = Read(connection);
        return LearnedNames.From(entities, names);
    }

    /// <summary>The stored rows, read as they are.</summary>
    public static (IReadOnlyList<LearnedEntity> Entities, IReadOnlyList<LearnedName> Names) Read(SqliteConnection connection)
    {
        var entities = new List<LearnedEntity>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, type, name, articles FROM learned_entities ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                entities.Add(new LearnedEntity(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }

        var names = new List<LearnedName>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT form, entity_id, kind, articles FROM learned_names ORDER BY form, entity_id, kind";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(new LearnedName(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }

        return (entities, names);
    }

    /// <summary>Adds a batch's change to the tables inside its transaction; rows that fall to zero go.</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, LearnedNames change)
    {
        var entities = change.Entities().Where(e => e.Articles != 0).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Upsert(connection, transaction, "learned_entities (id, type, name, articles)", "id", entities.Select(e => new object[] { e.Id, e.Type, e.Name, e.Articles }));
        var names = change.Names().Where(n => n.Articles != 0 && !n.Form.StartsWith(LearnedNames.PersonPrefix, StringComparison.Ordinal))
            .OrderBy(n => n.Form, StringComparer.Ordinal).ToList();
        Upsert(connection, transaction, "learned_names (form, entity_id, kind, articles)", "form, entity_id, kind",
            names.Select(n => new object[] { n.Form, n.EntityId, n.Kind, n.Articles }));

        // Only what an update took back can fall to zero.
        using var dropEntity = SqliteFile.Command(connection, transaction, "DELETE FROM learned_entities WHERE id = $a AND articles <= 0", "$a");
        foreach (var e in entities.Where(e => e.Articles < 0))
        {
            dropEntity.Parameters[0].Value = e.Id;
            dropEntity.ExecuteNonQuery();
        }

        using var dropName = SqliteFile.Command(connection, transaction,
            "DELETE FROM learned_names WHERE form = $a AND entity_id = $b AND kind = $c AND articles <= 0", "$a", "$b", "$c");
        foreach (var n in names.Where(n => n.Articles < 0))
        {
            (dropName.Parameters[0].Value, dropName.Parameters[1].Value, dropName.Parameters[2].Value) = (n.Form, n.EntityId, n.Kind);
            dropName.ExecuteNonQuery();
        }
    }

    // Rows of four values (the last a count added to the stored one) sent as one JSON array and upserted by one
    // statement: most of an upsert's cost is the statement and its parameters, not the row.
    private static void Upsert(SqliteConnection connection, SqliteTransaction transaction, string table, string key, IEnumerable<object[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                json.WriteStringValue((string)row[0]);
                json.WriteStringValue((string)row[1]);
                json.WriteStringValue((string)row[2]);
                json.WriteNumberValue((long)row[3]);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        if (buffer.Length <= 2)
        {
            return;
        }

        var count = table[(table.LastIndexOf(',') + 2)..^1];
        using var command = SqliteFile.Command(connection, transaction, $"""
            INSERT INTO {table}
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows) WHERE true
            ON CONFLICT ({key}) DO UPDATE SET {count} = {count} + excluded.{count}
            """, "$rows");
        command.Parameters[0].Value = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        command.ExecuteNonQuery();
    }

    /// <summary>Learns from every stored article in one transaction, then marks the archive as learned.</summary>
    public static void Relearn(SqliteConnection connection)
    {
        var learned = new LearnedNames();
        using (var all = connection.CreateCommand())
        {
            all.CommandText = "SELECT json FROM articles";
            using var reader = all.ExecuteReader();
            while (reader.Read())
            {
                learned.Add(TaughtEntity.Of(ArticleSerializer.Deserialize(reader.GetString(0)).Entities));
            }
        }

        using var transaction = connection.BeginTransaction();
        using (var clear = SqliteFile.Command(connection, transaction, "DELETE FROM learned_entities; DELETE FROM learned_names"))
        {
            clear.ExecuteNonQuery();
        }

        Write(connection, transaction, learned);
        using (var mark = SqliteFile.Command(connection, transaction, $"INSERT INTO meta (key, value) VALUES ('{Marker}', 1) ON CONFLICT (key) DO NOTHING"))
        {
            mark.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
