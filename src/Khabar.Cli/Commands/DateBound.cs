using Khabar.Persian.Dates;

namespace Khabar.Cli.Commands;

/// <summary>Reads <c>--from</c> / <c>--to</c>: a Jalali or Gregorian date; a day without a time covers the whole day.</summary>
internal static class DateBound
{
    public static (DateTimeOffset? Value, string? Error) Parse(string? text, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var result = PersianDateParser.Parse(text);
        if (result.Date is not { } date)
        {
            return (null, result.Error);
        }

        return (endOfDay && !date.HasTime ? date.Instant.AddDays(1).AddSeconds(-1) : date.Instant, null);
    }
}
