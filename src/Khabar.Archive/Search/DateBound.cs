using Khabar.Persian.Dates;

namespace Khabar.Archive.Search;

/// <summary>Reads a date filter (<c>--from</c> / <c>--to</c>, <c>from</c> / <c>to</c>): a Jalali or Gregorian date; a day without a time covers the whole day.</summary>
public static class DateBound
{
    /// <summary>The bound, null for no text, or an error naming the text that could not be read.</summary>
    public static (DateTimeOffset? Value, string? Error) Parse(string? text, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var result = PersianDateParser.Parse(text);
        if (result.Date is not { } date)
        {
            return (null, $"cannot read the date '{text}': {result.Error}");
        }

        return (endOfDay && !date.HasTime ? date.Instant.AddDays(1).AddSeconds(-1) : date.Instant, null);
    }
}
