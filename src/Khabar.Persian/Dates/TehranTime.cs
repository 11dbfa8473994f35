namespace Khabar.Persian.Dates;

/// <summary>Tehran wall-clock time to instants, with the offset tzdata says Tehran had on that day.</summary>
public static class TehranTime
{
    /// <summary>The Asia/Tehran time zone (+03:30; +04:30 in summer until daylight saving ended after 1401/06/30).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tehran");

    /// <summary>Tehran wall-clock time (its Kind is ignored) as an instant carrying Tehran's offset at that moment.</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(wall))
        {
            // The clock skipped this reading when daylight saving began (Iran moved clocks at midnight, so "midnight"
            // of that day never showed). Read it with the offset in force before the jump, which names the moment
            // of the jump or just after it, and print it with the offset that then applied.
            var before = WholeMinutes(Zone.GetUtcOffset(wall.AddHours(-3)));
            var utc = DateTime.SpecifyKind(wall - before, DateTimeKind.Utc);
            return new DateTimeOffset(utc).ToOffset(WholeMinutes(Zone.GetUtcOffset(utc)));
        }

        // When clocks went back the last summer hour shows twice; take the first, so a whole day keeps the offset
        // it started with (1401/06/30 is +04:30 to the end).
        var offset = Zone.IsAmbiguousTime(wall) ? Zone.GetAmbiguousTimeOffsets(wall).Max() : Zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, WholeMinutes(offset));
    }

    /// <summary>A Jalali date and Tehran time of day as an instant; impossible dates and times throw.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist or the time is not a 24-hour time.</exception>
    public static DateTimeOffset FromJalali(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
    {
        var problem = CalendarDates.Problem(DateCalendar.Jalali, year, month, day);
        if (problem is not null)
        {
            var value = problem.Part switch { "year" => year, "month" => month, _ => day };
            throw new ArgumentOutOfRangeException(problem.Part, value,
                $"{CalendarDates.Format(year, month, day)} is not a Jalali date: {problem.Message}");
        }

        var timeProblem = CalendarDates.TimeProblem(hour, minute, second);
        if (timeProblem is not null)
        {
            var value = timeProblem.Part switch { "hour" => hour, "minute" => minute, _ => second };
            throw new ArgumentOutOfRangeException(timeProblem.Part, value, timeProblem.Message);
        }

        var midnight = CalendarDates.ToGregorian(DateCalendar.Jalali, year, month, day);
        return FromLocal(midnight.Add(new TimeSpan(hour, minute, second)));
    }

    // tzdata gives Tehran's early local mean time as +03:25:44; DateTimeOffset needs whole minutes.
    private static TimeSpan WholeMinutes(TimeSpan offset) => TimeSpan.FromMinutes(Math.Round(offset.TotalMinutes));
}
