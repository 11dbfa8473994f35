using System.Globalization;
using Khabar.Persian.Text;

namespace Khabar.Persian.Dates;

/// <summary>Writes instants as Persian readers expect them: the Jalali date of the instant's own local day.</summary>
public static class JalaliFormat
{
    private static readonly PersianCalendar Calendar = new();

    /// <summary>The Jalali date, e.g. ۱۴۰۳/۰۱/۱۱ (or 1403/01/11 with <paramref name="persianDigits"/> false).</summary>
    public static string Date(DateTimeOffset instant, bool persianDigits = true)
    {
        var local = instant.DateTime;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Calendar.GetYear(local):0000}/{Calendar.GetMonth(local):00}/{Calendar.GetDayOfMonth(local):00}");
        return persianDigits ? Digits.ToPersian(text) : text;
    }

    /// <summary>The Jalali year and month with ASCII digits, e.g. 1403/01, for grouping by month.</summary>
    public static string Month(DateTimeOffset instant)
    {
        var local = instant.DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{Calendar.GetYear(local):0000}/{Calendar.GetMonth(local):00}");
    }
}
