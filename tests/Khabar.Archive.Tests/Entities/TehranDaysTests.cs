using Khabar.Archive.Search;
using Khabar.Persian.Dates;

namespace Khabar.Archive.Tests.Entities;

public sealed class TehranDaysTests
{
    private static DateOnly Converted(long seconds) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), TehranTime.Zone).DateTime);

    [Fact]
    public void Every_instant_falls_on_the_day_the_time_zone_gives_it()
    {
        var days = new TehranDays();
        var random = new Random(1403);
        var from = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var to = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        for (var i = 0; i < 200_000; i++)
        {
            var seconds = random.NextInt64(from, to);
            Assert.Equal(Converted(seconds), days.Of(seconds));
        }
    }

    [Fact]
    public void Instants_around_every_offset_change_and_local_midnight_fall_on_the_right_day()
    {
        var days = new TehranDays();
        var checkedChanges = 0;
        for (var hour = new DateTimeOffset(1940, 1, 1, 0, 0, 0, TimeSpan.Zero); hour.Year < 2030; hour = hour.AddHours(1))
        {
            var before = TehranTime.Zone.GetUtcOffset(hour);
            var after = TehranTime.Zone.GetUtcOffset(hour.AddHours(1));
            var midnight = hour.ToOffset(before).TimeOfDay == TimeSpan.Zero || hour.ToOffset(before).Hour == 23;
            if (before == after && !midnight)
            {
                continue;
            }

            checkedChanges += before == after ? 0 : 1;
            for (var second = hour.ToUnixTimeSeconds() - 1; second <= hour.AddHours(1).ToUnixTimeSeconds() + 1; second += 599)
            {
                Assert.Equal(Converted(second), days.Of(second));
            }
        }

        Assert.True(checkedChanges > 50, $"only {checkedChanges} offset changes seen");
    }
}
