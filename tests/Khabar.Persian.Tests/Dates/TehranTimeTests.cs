using Khabar.Persian.Dates;
using Xunit;

namespace Khabar.Persian.Tests.Dates;

public sealed class TehranTimeTests
{
    [Fact]
    public void The_zone_is_asia_tehran()
    {
        Assert.Contains("Tehran", TehranTime.Zone.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1403, 1, 11, 11, 0, 1, "2024-03-30T11:00:01+03:30")]
    [InlineData(1401, 6, 30, 12, 0, 0, "2022-09-21T12:00:00+04:30")]
    [InlineData(1401, 6, 31, 12, 0, 0, "2022-09-22T12:00:00+03:30")]
    [InlineData(1395, 3, 1, 23, 52, 0, "2016-05-21T23:52:00+04:30")]
    [InlineData(1403, 12, 30, 0, 0, 0, "2025-03-20T00:00:00+03:30")]
    public void FromJalali_gives_the_instant_with_tehrans_offset_of_that_day(
        int year, int month, int day, int hour, int minute, int second, string expected)
    {
        Assert.Equal(expected, DateCases.Iso(TehranTime.FromJalali(year, month, day, hour, minute, second)));
    }

    [Theory]
    [InlineData(1402, 12, 30, 0, 0, "day", "Esfand 1402 has 29 days")]
    [InlineData(1403, 13, 1, 0, 0, "month", "month 13")]
    [InlineData(1403, 7, 31, 0, 0, "day", "Mehr 1403 has 30 days")]
    [InlineData(1403, 1, 32, 0, 0, "day", "day 32")]
    [InlineData(1403, 1, 11, 24, 0, "hour", "hour 24")]
    [InlineData(1403, 1, 11, 10, 60, "minute", "minute 60")]
    public void FromJalali_throws_a_clear_out_of_range_error_for_impossible_dates(
        int year, int month, int day, int hour, int minute, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TehranTime.FromJalali(year, month, day, hour, minute));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hour_that_repeats_when_summer_time_ends_reads_as_the_summer_one()
    {
        var instant = TehranTime.FromLocal(new DateTime(2022, 9, 21, 23, 30, 0));

        Assert.Equal("2022-09-21T23:30:00+04:30", DateCases.Iso(instant));
    }

    [Fact]
    public void The_hour_skipped_when_summer_time_begins_reads_as_the_instant_after_the_jump()
    {
        var instant = TehranTime.FromLocal(new DateTime(2022, 3, 22, 0, 30, 0));

        Assert.Equal("2022-03-22T01:30:00+04:30", DateCases.Iso(instant));
    }

    [Fact]
    public void FromLocal_ignores_the_kind_of_the_date_time()
    {
        var utcKind = TehranTime.FromLocal(new DateTime(2024, 3, 30, 11, 0, 1, DateTimeKind.Utc));

        Assert.Equal("2024-03-30T11:00:01+03:30", DateCases.Iso(utcKind));
    }
}
