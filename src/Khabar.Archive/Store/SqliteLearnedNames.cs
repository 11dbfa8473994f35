using Khabar.Entities.Learning;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>
/// The learned people and organisations in the store file (<c>learned_entities</c>, <c>learned_names</c>): changed by
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
                Backfill(connection);
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
        using var entity = Command(connection, transaction, """
            INSERT INTO learned_entities (id, type, name, articles) VALUES ($id, $type, $name, $n)
            ON CONFLICT (id) DO UPDATE SET articles = articles + excluded.articles
            """, "$id", "$type", "$name", "$n");
        using var dropEntity = Command(connection, transaction, "DELETE FROM learned_entities WHERE id = $id AND articles <= 0", "$id");
        foreach (var e in change.Entities().Where(e => e.Articles != 0))
        {
            Run(entity, e.Id, e.Type, e.Name, e.Articles);
            if (e.Articles < 0)
            {
                Run(dropEntity, e.Id);
            }
        }

        using var name = Command(connection, transaction, """
            INSERT INTO learned_names (form, entity_id, kind, articles) VALUES ($form, $id, $kind, $n)
            ON CONFLICT (form, entity_id, kind) DO UPDATE SET articles = articles + excluded.articles
            """, "$form", "$id", "$kind", "$n");
        using var dropName = Command(connection, transaction,
            "DELETE FROM learned_names WHERE form = $form AND entity_id = $id AND kind = $kind AND articles <= 0", "$form", "$id", "$kind");
        foreach (var n in change.Names().Where(n => n.Articles != 0))
        {
            Run(name, n.Form, n.EntityId, n.Kind, n.Articles);
            if (n.Articles < 0)
            {
                Run(dropName, n.Form, n.EntityId, n.Kind);
            }
        }
    }

    // Learns from every stored article in one transaction, then marks the archive as learned.
    private static void Backfill(SqliteConnection connection)
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
        using (var clear = Command(connection, transaction, "DELETE FROM learned_entities; DELETE FROM learned_names"))
        {
            clear.ExecuteNonQuery();
        }

        Write(connection, transaction, learned);
        using (var mark = Command(connection, transaction, $"INSERT INTO meta (key, value) VALUES ('{Marker}', 1) ON CONFLICT (key) DO NOTHING"))
        {
            mark.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter(parameter, null));
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
