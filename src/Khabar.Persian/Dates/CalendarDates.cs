using System.Globalization;

namespace Khabar.Persian.Dates;

/// <summary>Checks and converts a year/month/day in each calendar; the one place that knows month lengths.</summary>
internal static class CalendarDates
{
    // Calendars are safe to share for reading; nothing here changes their settings.
    private static readonly PersianCalendar Persian = new();

    // .NET's HijriCalendar is the tabular (arithmetic) lunar calendar. Iran's observed calendar follows moon
    // sighting, so a converted date may differ from the one announced in Iran by a day (rarely two).
    private static readonly HijriCalendar Hijri = new();

    private static readonly string[] JalaliMonths =
        ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
         "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"];

    private static readonly string[] HijriMonths =
        ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Awwal", "Jumada al-Thani",
         "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"];

    /// <summary>The problem with the date, or null when it exists in its calendar.</summary>
    public static DateProblem? Problem(DateCalendar calendar, int year, int month, int day)
    {
        // Upper bounds stop one year short of where each .NET calendar runs out of DateTime range.
        var maxYear = calendar switch { DateCalendar.Jalali => 9377, DateCalendar.Hijri => 9665, _ => 9998 };
        if (year < 1 || year > maxYear)
        {
            return new("year", $"year {year} is outside the {calendar} years this library converts (1–{maxYear})");
        }

        if (month < 1 || month > 12)
        {
            return new("month", $"month {month} is out of range (a {calendar} year has 12 months)");
        }

        var days = DaysInMonth(calendar, year, month);
        if (day >= 1 && day <= days)
        {
            return null;
        }

        if (day < 1 || day > 31)
        {
            return new("day", $"day {day} is out of range (1–{Longest(calendar)})");
        }

        if (calendar == DateCalendar.Jalali && month == 12 && day == 30)
        {
            return new("day", $"Esfand {year} has 29 days ({year} is not a Jalali leap year)");
        }

        return new("day", $"{MonthName(calendar, month)} {year} has {days} days, so day {day} does not exist");
    }

    /// <summary>The problem with a time of day, or null when it is a valid 24-hour clock time.</summary>
    public static DateProblem? TimeProblem(int hour, int minute, int second) =>
        hour is < 0 or > 23 ? new("hour", $"hour {hour} is out of range (0–23)")
        : minute is < 0 or > 59 ? new("minute", $"minute {minute} is out of range (0–59)")
        : second is < 0 or > 59 ? new("second", $"second {second} is out of range (0–59)")
        : null;

    /// <summary>The Gregorian midnight of a date that <see cref="Problem"/> accepted.</summary>
    public static DateTime ToGregorian(DateCalendar calendar, int year, int month, int day) => calendar switch
    {
        DateCalendar.Jalali => Persian.ToDateTime(year, month, day, 0, 0, 0, 0),
        DateCalendar.Hijri => Hijri.ToDateTime(year, month, day, 0, 0, 0, 0),
        _ => new DateTime(year, month, day),
    };

    /// <summary>The date as its calendar writes it numerically, for messages.</summary>
    public static string Format(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}/{month:00}/{day:00}");

    private static int DaysInMonth(DateCalendar calendar, int year, int month) => calendar switch
    {
        DateCalendar.Jalali => Persian.GetDaysInMonth(year, month),
        DateCalendar.Hijri => Hijri.GetDaysInMonth(year, month),
        _ => DateTime.DaysInMonth(year, month),
    };

    private static int Longest(DateCalendar calendar) => calendar == DateCalendar.Hijri ? 30 : 31;

    private static string MonthName(DateCalendar calendar, int month) => calendar switch
    {
        DateCalendar.Jalali => JalaliMonths[month - 1],
        DateCalendar.Hijri => HijriMonths[month - 1],
        _ => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month),
    };
}
