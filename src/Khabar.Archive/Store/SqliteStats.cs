using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Store;

/// <summary>Counts over the articles table.</summary>
internal static class SqliteStats
{
    public static StoreStats Read(SqliteConnection connection)
    {
        using var totals = connection.CreateCommand();
        totals.CommandText = "SELECT count(*), count(published_utc), min(published_utc), max(published_utc) FROM articles";
        long articles, withDate;
        DateTimeOffset? first = null, last = null;
        using (var reader = totals.ExecuteReader())
        {
            reader.Read();
            articles = reader.GetInt64(0);
            withDate = reader.GetInt64(1);
            if (!reader.IsDBNull(2))
            {
                first = DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(2));
                last = DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(3));
            }
        }

        using var agencies = connection.CreateCommand();
        agencies.CommandText = "SELECT coalesce(agency, ''), count(*) FROM articles GROUP BY agency ORDER BY count(*) DESC";
        var byAgency = new List<(string, long)>();
        using (var reader = agencies.ExecuteReader())
        {
            while (reader.Read())
            {
                byAgency.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        return new StoreStats(articles, withDate, first, last, byAgency);
    }
}
