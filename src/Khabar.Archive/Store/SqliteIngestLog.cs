using System.Globalization;
using Khabar.Model;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>The ingest log: one row per run, one per failed item with its reason.</summary>
internal static class SqliteIngestLog
{
    public static void Write(SqliteConnection connection, IngestRecord run, IReadOnlyList<ItemError> errors)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO ingest_runs (started, finished, inputs, read, added, updated, unchanged, failed)
            VALUES ($started, $finished, $inputs, $read, $added, $updated, $unchanged, $failed) RETURNING id
            """;
        insert.Parameters.AddWithValue("$started", run.Started.ToString("O"));
        insert.Parameters.AddWithValue("$finished", run.Finished.ToString("O"));
        insert.Parameters.AddWithValue("$inputs", run.Inputs);
        insert.Parameters.AddWithValue("$read", run.Read);
        insert.Parameters.AddWithValue("$added", run.Added);
        insert.Parameters.AddWithValue("$updated", run.Updated);
        insert.Parameters.AddWithValue("$unchanged", run.Unchanged);
        insert.Parameters.AddWithValue("$failed", run.Failed);
        var runId = (long)insert.ExecuteScalar()!;

        using var error = connection.CreateCommand();
        error.Transaction = transaction;
        error.CommandText = "INSERT INTO ingest_errors (run_id, source, reason) VALUES ($run, $source, $reason)";
        var source = error.Parameters.Add("$source", SqliteType.Text);
        var reason = error.Parameters.Add("$reason", SqliteType.Text);
        error.Parameters.AddWithValue("$run", runId);
        foreach (var e in errors)
        {
            source.Value = e.Source;
            reason.Value = e.Reason;
            error.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public static IReadOnlyList<IngestRecord> Recent(SqliteConnection connection, int count)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT started, finished, inputs, read, added, updated, unchanged, failed
            FROM ingest_runs ORDER BY id DESC LIMIT $count
            """;
        command.Parameters.AddWithValue("$count", count);
        using var reader = command.ExecuteReader();
        var runs = new List<IngestRecord>();
        while (reader.Read())
        {
            runs.Add(new IngestRecord(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)));
        }

        return runs;
    }
}
