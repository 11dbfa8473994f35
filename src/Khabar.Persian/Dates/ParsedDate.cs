namespace Khabar.Persian.Dates;

/// <summary>A date read from text: the instant, the calendar it was written in, whether a time of day was given.</summary>
public sealed record ParsedDate(DateTimeOffset Instant, DateCalendar Calendar, bool HasTime);
