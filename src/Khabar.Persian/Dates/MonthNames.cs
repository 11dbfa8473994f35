using System.Collections.Frozen;

namespace Khabar.Persian.Dates;

/// <summary>Month names of the three calendars, in Persian, Arabic and English spellings, keyed as the tokenizer folds them.</summary>
internal static class MonthNames
{
    // Each row: calendar, month number, spellings. Spaces and half-spaces inside a name do not matter.
    private static readonly (DateCalendar Calendar, int Month, string[] Spellings)[] Table =
    [
        (DateCalendar.Jalali, 1, ["فروردین"]),
        (DateCalendar.Jalali, 2, ["اردیبهشت"]),
        (DateCalendar.Jalali, 3, ["خرداد"]),
        (DateCalendar.Jalali, 4, ["تیر"]),
        (DateCalendar.Jalali, 5, ["مرداد", "امرداد"]),
        (DateCalendar.Jalali, 6, ["شهریور"]),
        (DateCalendar.Jalali, 7, ["مهر"]),
        (DateCalendar.Jalali, 8, ["آبان"]),
        (DateCalendar.Jalali, 9, ["آذر"]),
        (DateCalendar.Jalali, 10, ["دی"]),
        (DateCalendar.Jalali, 11, ["بهمن"]),
        (DateCalendar.Jalali, 12, ["اسفند"]),
        (DateCalendar.Hijri, 1, ["محرم", "محرم الحرام"]),
        (DateCalendar.Hijri, 2, ["صفر", "صفر المظفر"]),
        (DateCalendar.Hijri, 3, ["ربیع الاول", "ربیع الاولی", "ربیع الأول"]),
        (DateCalendar.Hijri, 4, ["ربیع الثانی", "ربیع الثانیه", "ربیع الآخر", "ربیع الاخر"]),
        (DateCalendar.Hijri, 5, ["جمادی الاول", "جمادی الاولی", "جمادى الأولى"]),
        (DateCalendar.Hijri, 6, ["جمادی الثانی", "جمادی الثانیه", "جمادی الآخر", "جمادی الآخره", "جمادى الآخرة"]),
        (DateCalendar.Hijri, 7, ["رجب", "رجب المرجب"]),
        (DateCalendar.Hijri, 8, ["شعبان", "شعبان المعظم"]),
        (DateCalendar.Hijri, 9, ["رمضان", "رمضان المبارک"]),
        (DateCalendar.Hijri, 10, ["شوال", "شوال المکرم"]),
        (DateCalendar.Hijri, 11, ["ذی القعده", "ذی قعده", "ذو القعده", "ذو القعدة", "ذي القعدة"]),
        (DateCalendar.Hijri, 12, ["ذی الحجه", "ذی حجه", "ذو الحجه", "ذو الحجة", "ذي الحجة"]),
        (DateCalendar.Gregorian, 1, ["ژانویه", "january", "jan"]),
        (DateCalendar.Gregorian, 2, ["فوریه", "february", "feb"]),
        (DateCalendar.Gregorian, 3, ["مارس", "march", "mar"]),
        (DateCalendar.Gregorian, 4, ["آوریل", "april", "apr"]),
        (DateCalendar.Gregorian, 5, ["مه", "می", "may"]),
        (DateCalendar.Gregorian, 6, ["ژوئن", "june", "jun"]),
        (DateCalendar.Gregorian, 7, ["ژوئیه", "جولای", "july", "jul"]),
        (DateCalendar.Gregorian, 8, ["اوت", "آگوست", "august", "aug"]),
        (DateCalendar.Gregorian, 9, ["سپتامبر", "september", "sep", "sept"]),
        (DateCalendar.Gregorian, 10, ["اکتبر", "october", "oct"]),
        (DateCalendar.Gregorian, 11, ["نوامبر", "november", "nov"]),
        (DateCalendar.Gregorian, 12, ["دسامبر", "december", "dec"]),
    ];

    private static readonly FrozenDictionary<string, (DateCalendar Calendar, int Month)> ByKey = BuildKeys();

    /// <summary>The most words a month name spans ("ذی القعده" is two; three leaves room for stray splits).</summary>
    private const int MaxWords = 3;

    /// <summary>The month named by the words starting at index, the longest name first; next is the index after it.</summary>
    public static (DateCalendar Calendar, int Month)? Read(List<DateToken> tokens, int index, out int next)
    {
        for (var count = MaxWords; count >= 1; count--)
        {
            var key = NameKeys.Join(tokens, index, count);
            if (key is not null && ByKey.TryGetValue(key, out var month))
            {
                next = index + count;
                return month;
            }
        }

        next = index;
        return null;
    }

    private static FrozenDictionary<string, (DateCalendar, int)> BuildKeys()
    {
        var keys = new Dictionary<string, (DateCalendar, int)>(StringComparer.Ordinal);
        foreach (var (calendar, month, spellings) in Table)
        {
            foreach (var spelling in spellings)
            {
                keys[NameKeys.Of(spelling)] = (calendar, month);
                if (calendar == DateCalendar.Jalali)
                {
                    // "دی‌ماه" and "دیماه" as well as "دی ماه": the trailing word is also skipped when separate.
                    keys[NameKeys.Of(spelling + "ماه")] = (calendar, month);
                }
            }
        }

        return keys.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
