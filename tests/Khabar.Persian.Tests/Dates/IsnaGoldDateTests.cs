using System.Text.Json;
using Khabar.Persian.Dates;
using Khabar.Testing;
using Xunit;

namespace Khabar.Persian.Tests.Dates;

/// <summary>The pubDate_jalali strings of the ISNA gold pages in ../shared (ISNA 1395, during daylight saving).</summary>
public sealed class IsnaGoldDateTests
{
    [SkippableFact]
    public void Every_isna_gold_publication_date_parses_to_a_1395_tehran_summer_time()
    {
        var files = Directory.GetFiles(Repo.Shared("data", "textpages", "isna"), "*.gold.json");
        var dates = files
            .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement)
            .Where(root => root.TryGetProperty("pubDate_jalali", out _))
            .Select(root => root.GetProperty("pubDate_jalali").GetString()!)
            .ToList();

        Assert.Equal(15, dates.Count);
        foreach (var text in dates)
        {
            var result = PersianDateParser.Parse(text);
            Assert.True(result.Success, $"'{text}': {result.Error}");
            var date = result.Date!;
            Assert.Equal(DateCalendar.Jalali, date.Calendar);
            Assert.True(date.HasTime, text);
            Assert.Equal(TimeSpan.FromHours(4.5), date.Instant.Offset);
            Assert.InRange(date.Instant, new DateTimeOffset(2016, 4, 20, 0, 0, 0, TimeSpan.FromHours(4.5)),
                new DateTimeOffset(2016, 5, 23, 0, 0, 0, TimeSpan.FromHours(4.5)));
        }
    }
}
