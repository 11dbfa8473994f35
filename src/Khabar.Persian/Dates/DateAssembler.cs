namespace Khabar.Persian.Dates;

/// <summary>Turns a date candidate and its time of day into an instant, or says why the date does not exist.</summary>
internal static class DateAssembler
{
    /// <summary>The parsed date, or the problem that makes it impossible.</summary>
    public static (ParsedDate? Date, string? Problem) Assemble(DateCandidate date, TimeCandidate? time)
    {
        var (calendar, year, month, day) = (date.Calendar, date.Year, date.Month, date.Day);
        var written = CalendarDates.Format(year, month, day);
        var range = YearRange(calendar);
        if (year < range.Min || year > range.Max)
        {
            return (null, $"year {year} is not a {calendar} year this parser reads ({range.Min}–{range.Max})");
        }

        if (CalendarDates.Problem(calendar, year, month, day) is { } problem)
        {
            return (null, $"{written} is not a {calendar} date: {problem.Message}");
        }

        var midnight = CalendarDates.ToGregorian(calendar, year, month, day);
        if (date.Weekday is { } claimed && claimed != midnight.DayOfWeek)
        {
            return (null, $"{written} is a {WeekdayNames.Describe(midnight.DayOfWeek)}, not a {WeekdayNames.Describe(claimed)}");
        }

        if (time?.Problem is { } timeProblem)
        {
            return (null, timeProblem.Message);
        }

        if (time is null)
        {
            return (new ParsedDate(TehranTime.FromLocal(midnight), calendar, false), null);
        }

        var local = midnight.Add(new TimeSpan(time.Hour, time.Minute, time.Second)).AddTicks(time.FractionTicks);
        var instant = time.Offset is { } offset ? new DateTimeOffset(local, offset) : TehranTime.FromLocal(local);
        return (new ParsedDate(instant, calendar, true), null);
    }

    // Years a news text plausibly means; outside them a "date" is more likely a number that happens to fit.
    private static (int Min, int Max) YearRange(DateCalendar calendar) => calendar switch
    {
        DateCalendar.Jalali => (1200, 1500),
        DateCalendar.Hijri => (1300, 1500),
        _ => (1800, 2200),
    };
}
