using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>The store's tables, created when missing; the pragmas that make a crash lose nothing committed.</summary>
internal static class SqliteSchema
{
    private const string Sql = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA foreign_keys = ON;
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            sequence INTEGER NOT NULL,
            identity TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            source_id TEXT,
            agency TEXT,
            news_id TEXT,
            url TEXT,
            title TEXT,
            published_utc INTEGER,
            source TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS articles_sequence ON articles (sequence);
        CREATE INDEX IF NOT EXISTS articles_content_hash ON articles (content_hash);
        CREATE INDEX IF NOT EXISTS articles_published ON articles (published_utc);
        CREATE TABLE IF NOT EXISTS ingest_runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL, finished TEXT NOT NULL, inputs TEXT NOT NULL,
            read INTEGER NOT NULL, added INTEGER NOT NULL, updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL, failed INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS ingest_errors (
            run_id INTEGER NOT NULL REFERENCES ingest_runs (id),
            source TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS learned_entities (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, articles INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS learned_names (
            form TEXT NOT NULL, entity_id TEXT NOT NULL, kind TEXT NOT NULL, articles INTEGER NOT NULL,
            PRIMARY KEY (form, entity_id, kind)) WITHOUT ROWID;
        """;

    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }
}
