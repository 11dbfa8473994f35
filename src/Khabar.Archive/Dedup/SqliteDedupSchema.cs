using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Dedup;

/// <summary>
/// The dedup table, kept in the archive's file of groups and stories: one row per article (publication instant, group and
/// fingerprint), indexed by group, exact hash and publication instant. LSH buckets are not stored: they follow from
/// the signatures and are rebuilt in memory one time block at a time (an older archive's bucket table is dropped).
/// </summary>
internal static class SqliteDedupSchema
{
    private const string Sql = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS dedup_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS dedup_articles (
            id INTEGER PRIMARY KEY,
            published_utc INTEGER,
            group_id INTEGER NOT NULL,
            exact_hash INTEGER NOT NULL,
            shingles INTEGER NOT NULL,
            signature BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS dedup_articles_group ON dedup_articles (group_id);
        CREATE INDEX IF NOT EXISTS dedup_articles_exact ON dedup_articles (exact_hash);
        CREATE INDEX IF NOT EXISTS dedup_articles_published ON dedup_articles (published_utc);
        DROP TABLE IF EXISTS dedup_bands;
        """;

    /// <summary>Drops the dedup tables.</summary>
    public const string Drop = "DROP TABLE IF EXISTS dedup_articles; DROP TABLE IF EXISTS dedup_meta;";

    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public const string Columns = "id, published_utc, group_id, exact_hash, shingles, signature";

    public static DedupEntry Entry(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.IsDBNull(1) ? null : reader.GetInt64(1),
        reader.GetInt64(2),
        new Fingerprint(reader.GetInt64(3), reader.GetInt32(4), Signature((byte[])reader.GetValue(5))));

    public static byte[] Bytes(uint[] signature) => MemoryMarshal.AsBytes(signature.AsSpan()).ToArray();

    private static uint[] Signature(byte[] bytes) => MemoryMarshal.Cast<byte, uint>(bytes).ToArray();
}
