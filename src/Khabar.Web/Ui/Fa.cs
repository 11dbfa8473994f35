using System.Globalization;
using Khabar.Persian.Dates;
using Khabar.Persian.Text;

namespace Khabar.Web.Ui;

/// <summary>Numbers and dates as a Persian reader expects them: Persian digits, Jalali calendar, Tehran time.</summary>
internal static class Fa
{
    private static readonly PersianCalendar Calendar = new();

    private static readonly string[] Months =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private static readonly string[] Weekdays = ["یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"];

    /// <summary>A count with Persian digits and the Persian thousands separator: ۱٬۲۳۴.</summary>
    public static string Number(long value) =>
        Digits.ToPersian(value.ToString("#,0", CultureInfo.InvariantCulture)).Replace(',', '٬');

    /// <summary>The Jalali month's name, 1 to 12.</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>A Jalali month label (1403/01) as ‹فروردین ۱۴۰۳›.</summary>
    public static string Month(string label)
    {
        var parts = label.Split('/');
        return $"{MonthName(int.Parse(parts[1], CultureInfo.InvariantCulture))} {Digits.ToPersian(parts[0])}";
    }

    /// <summary>The day, e.g. ۱۱ فروردین ۱۴۰۳.</summary>
    public static string Date(DateTimeOffset instant)
    {
        var local = Tehran(instant);
        return $"{Digits.ToPersian(Calendar.GetDayOfMonth(local).ToString(CultureInfo.InvariantCulture))} {MonthName(Calendar.GetMonth(local))} {Digits.ToPersian(Calendar.GetYear(local).ToString(CultureInfo.InvariantCulture))}";
    }

    /// <summary>Weekday, day and time, e.g. شنبه ۱۱ فروردین ۱۴۰۳، ساعت ۱۱:۰۰ (no time when it is midnight to the second).</summary>
    public static string DateTime(DateTimeOffset instant)
    {
        var local = Tehran(instant);
        var day = $"{Weekdays[(int)local.DayOfWeek]} {Date(instant)}";

        // A page that gave only the day reads as midnight; a time of 00:00:00 is not shown.
        return local.TimeOfDay == TimeSpan.Zero ? day : $"{day}، ساعت {Digits.ToPersian(local.ToString("HH:mm", CultureInfo.InvariantCulture))}";
    }

    /// <summary>The Jalali date with Persian digits, ۱۴۰۳/۰۱/۱۱, for a date input.</summary>
    public static string Numeric(DateTimeOffset instant) => JalaliFormat.Date(new DateTimeOffset(Tehran(instant), TimeSpan.Zero));

    /// <summary>The Gregorian date and time with the offset Tehran had: 2024-03-30 11:00 +03:30.</summary>
    public static string Gregorian(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TehranTime.Zone);
        return local.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
    }

    /// <summary>The first and last day of a Jalali month (1403/01) as query bounds, 1403/01/01 and 1403/01/31.</summary>
    public static (string From, string To) MonthBounds(string label)
    {
        var parts = label.Split('/').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var days = Calendar.GetDaysInMonth(parts[0], parts[1]);
        return ($"{label}/01", string.Create(CultureInfo.InvariantCulture, $"{label}/{days:00}"));
    }

    private static DateTime Tehran(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TehranTime.Zone).DateTime;
}
