using System.Globalization;
using Khabar.Persian.Text;

namespace Khabar.Persian.Dates;

/// <summary>
/// The day, month or year a date phrase names, as one identity however it was written: a day is always its Jalali
/// date (<c>۲۵ مه ۲۰۱۹</c> and <c>۴ خرداد ۱۳۹۸</c> are one day); a month or year keeps the calendar it was named in,
/// since a Gregorian year is no Jalali one. <see cref="Month"/> and <see cref="Day"/> are 0 when not named.
/// </summary>
public sealed record DatePeriod(DateCalendar Calendar, int Year, int Month = 0, int Day = 0)
{
    private static readonly PersianCalendar Persian = new();

    private static readonly string[] JalaliMonths =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private static readonly string[] GregorianMonths =
        ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];

    private static readonly string[] HijriMonths =
        ["محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی", "رجب", "شعبان", "رمضان", "شوال", "ذی‌القعده", "ذی‌الحجه"];

    /// <summary>
    /// A stable key: <c>1398-04-11</c> (a day), <c>1398-04</c> or <c>2019-05</c> (a month), <c>1398</c> or <c>2019</c>
    /// (a year; Jalali and Gregorian years of news never meet), <c>h1440-09</c> (a lunar Hijri month or year).
    /// </summary>
    public string Id => (Calendar == DateCalendar.Hijri ? "h" : "") + (Month == 0
        ? Year.ToString(CultureInfo.InvariantCulture)
        : Day == 0 ? string.Create(CultureInfo.InvariantCulture, $"{Year}-{Month:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year}-{Month:00}-{Day:00}"));

    /// <summary>As a Persian reader writes it: <c>۱۱ تیر ۱۳۹۸</c>, <c>تیر ۱۳۹۸</c>, <c>مه ۲۰۱۹</c>, <c>۱۳۹۸</c>.</summary>
    public string Name
    {
        get
        {
            var year = Digits.ToPersian(Year.ToString(CultureInfo.InvariantCulture));
            if (Month == 0)
            {
                return year;
            }

            var month = (Calendar switch { DateCalendar.Jalali => JalaliMonths, DateCalendar.Hijri => HijriMonths, _ => GregorianMonths })[Month - 1];
            return Day == 0 ? $"{month} {year}" : $"{Digits.ToPersian(Day.ToString(CultureInfo.InvariantCulture))} {month} {year}";
        }
    }

    /// <summary>The Jalali day of a Gregorian date.</summary>
    internal static DatePeriod JalaliDay(DateTime date) =>
        new(DateCalendar.Jalali, Persian.GetYear(date), Persian.GetMonth(date), Persian.GetDayOfMonth(date));
}
