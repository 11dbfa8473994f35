namespace Khabar.Persian.Dates;

/// <summary>
/// A date found in the tokens, not yet checked: tokens First to Next (exclusive), the calendar and numbers as
/// written, and the weekday if one was written before it.
/// </summary>
internal sealed record DateCandidate(int First, int Next, DateCalendar Calendar, int Year, int Month, int Day)
{
    /// <summary>The weekday the text claims for the date, if any.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>The offsets a time after this date may carry; only feeds' Gregorian dates write them apart (" +0330").</summary>
    public OffsetStyle Offsets => Calendar == DateCalendar.Gregorian ? OffsetStyle.AttachedOrSpaced : OffsetStyle.Attached;

    /// <summary>This candidate with a weekday written just before it, if there is one.</summary>
    public DateCandidate WithWeekdayBefore(List<DateToken> tokens) =>
        WeekdayNames.ReadBefore(tokens, First) is { } weekday ? this with { First = weekday.First, Weekday = weekday.Day } : this;
}

/// <summary>A time of day found in the tokens (First to Next, exclusive), with its offset when one was written.</summary>
internal sealed record TimeCandidate(int First, int Next, int Hour, int Minute, int Second, long FractionTicks)
{
    /// <summary>The UTC offset written after the time, if any.</summary>
    public TimeSpan? Offset { get; init; }

    /// <summary>What is wrong with the time or its offset, if anything.</summary>
    public DateProblem? Problem { get; init; }
}
