using System.Globalization;
using Khabar.Persian.Dates;
using Khabar.Persian.Text;
using Xunit;

namespace Khabar.Persian.Tests.Dates;

/// <summary>Every day of Jalali 1300–1450, written three ways, against .NET's PersianCalendar and tzdata.</summary>
public sealed class JalaliYearSweepTests
{
    private const int FirstYear = 1300;
    private const int LastYear = 1450;

    private static readonly PersianCalendar Persian = new();

    private static readonly string[] MonthNames =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    // Indexed by DayOfWeek; Sunday, Tuesday and Thursday rotate through the spellings seen on news sites.
    private static readonly string[][] Weekdays =
    [
        ["یکشنبه", "یک‌شنبه", "یک شنبه"], ["دوشنبه", "دو‌شنبه"], ["سه‌شنبه", "سه شنبه", "سهشنبه"], ["چهارشنبه", "چهار‌شنبه"],
        ["پنجشنبه", "پنج‌شنبه", "پنج شنبه"], ["جمعه"], ["شنبه"],
    ];

    [Fact]
    public void Every_day_parses_numerically_with_month_names_and_with_its_weekday()
    {
        var failures = new List<string>();
        var count = 0;
        for (var year = FirstYear; year <= LastYear; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                for (var day = 1; day <= Persian.GetDaysInMonth(year, month); day++)
                {
                    var local = Persian.ToDateTime(year, month, day, 0, 0, 0, 0);
                    var spellings = Weekdays[(int)local.DayOfWeek];
                    var weekday = spellings[count % spellings.Length];
                    var named = Digits.ToPersian($"{day} {MonthNames[month - 1]} {year}");
                    foreach (var text in new[]
                    {
                        Digits.ToPersian($"{year}/{month:00}/{day:00}"), named, $"{weekday} {named}",
                    })
                    {
                        Check(text, local, failures);
                    }

                    CheckNoon(Digits.ToPersian($"{weekday} {named} - ۱۲:۰۰"), local.AddHours(12), failures);
                    count++;
                }
            }
        }

        Assert.True(count > 55_000, $"only {count} days");
        Assert.True(failures.Count == 0, $"{failures.Count} failures, first: {string.Join("\n", failures.Take(10))}");
    }

    [Fact]
    public void Esfand_30_of_every_common_year_and_day_31_of_months_7_to_12_are_errors()
    {
        var wrong = new List<string>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var texts = Enumerable.Range(7, 6).Select(month => $"{year}/{month:00}/31")
                .Append($"۳۱ {MonthNames[6]} {year}");
            if (!Persian.IsLeapYear(year))
            {
                texts = texts.Append($"{year}/12/30").Append($"۳۰ اسفند {year}");
            }

            foreach (var text in texts.Select(Digits.ToPersian))
            {
                var result = PersianDateParser.Parse(text);
                if (result.Success || !result.Error!.Contains("days", StringComparison.Ordinal))
                {
                    wrong.Add($"{text}: {DateCases.Describe(result)}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(10)));
    }

    // Midnight is the first instant of that Tehran day: exactly local midnight with Tehran's offset, except on the
    // days clocks sprang forward at midnight (the day starts at the jump) or fell back over it (1357/05/14: the
    // first of the two midnights).
    private static void Check(string text, DateTime local, List<string> failures)
    {
        var result = PersianDateParser.Parse(text);
        if (result.Date is not { } date || date.Calendar != DateCalendar.Jalali || date.HasTime)
        {
            failures.Add($"{text}: {DateCases.Describe(result)}");
            return;
        }

        var instant = date.Instant;
        var tehranDay = TimeZoneInfo.ConvertTime(instant, TehranTime.Zone).Date;
        var dayBefore = TimeZoneInfo.ConvertTime(instant.AddTicks(-1), TehranTime.Zone).Date;
        var offsetThen = TehranTime.Zone.GetUtcOffset(instant);
        var shifted = TehranTime.Zone.IsInvalidTime(local) || TehranTime.Zone.IsAmbiguousTime(local);
        var exact = shifted || instant == new DateTimeOffset(local, TehranTime.Zone.GetUtcOffset(local));
        if (tehranDay != local.Date || dayBefore != local.Date.AddDays(-1) || instant.Offset != offsetThen || !exact)
        {
            failures.Add($"{text}: {DateCases.Describe(result)}, expected the start of {local:yyyy-MM-dd} in Tehran");
        }
    }

    private static void CheckNoon(string text, DateTime local, List<string> failures)
    {
        var expected = new DateTimeOffset(local, TehranTime.Zone.GetUtcOffset(local));
        var result = PersianDateParser.Parse(text);
        if (result.Date is not { HasTime: true } date || !date.Instant.EqualsExact(expected))
        {
            failures.Add($"{text}: {DateCases.Describe(result)}, expected {DateCases.Iso(expected)}");
        }
    }
}
