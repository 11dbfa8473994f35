using System.Collections.Frozen;
using System.Globalization;

namespace Khabar.Persian.Dates;

/// <summary>
/// Reads the day, month or year a date phrase of an article names (a tagger's date mention): written out
/// (<c>۱۱ تیر ۱۳۹۸</c>, <c>سال ۲۰۱۹ میلادی</c>, <c>تیرماه ۹۸</c>), or said relative to the day the article was published
/// (<c>امروز</c>, <c>دیروز صبح</c>, <c>سال گذشته</c>, <c>روز دوشنبه</c>), which needs that day. Durations, decades and
/// anything else give null. A pure function.
/// </summary>
public static class DatePhrases
{
    private static readonly PersianCalendar Persian = new();

    // Words that only say what kind of date follows (سال ۲۰۱۹, روز دوشنبه, ماه مه, تاریخ ۱۱ تیر).
    private static readonly FrozenSet<string> Fillers = Keys("سال", "روز", "ماه", "تاریخ");
    private static readonly string YearWord = NameKeys.Of("سال");
    private static readonly string DayWord = NameKeys.Of("روز");

    // Parts of a day, which do not change the day (صبح امروز, دوشنبه شب).
    private static readonly FrozenSet<string> DayParts = Keys("صبح", "ظهر", "عصر", "بامداد", "غروب", "شامگاه", "شب");

    private static readonly FrozenDictionary<string, (char Unit, int By)> Relative = new Dictionary<string, (char, int)>
    {
        ["امروز"] = ('d', 0), ["امشب"] = ('d', 0),
        ["دیروز"] = ('d', -1), ["روز گذشته"] = ('d', -1), ["دیشب"] = ('d', -1), ["شب گذشته"] = ('d', -1),
        ["پریروز"] = ('d', -2),
        ["فردا"] = ('d', 1), ["پس فردا"] = ('d', 2),
        ["امسال"] = ('y', 0), ["سال جاری"] = ('y', 0), ["سال جاری شمسی"] = ('y', 0),
        ["سال گذشته"] = ('y', -1), ["پارسال"] = ('y', -1), ["سال قبل"] = ('y', -1),
        ["سال آینده"] = ('y', 1), ["سال بعد"] = ('y', 1), ["سال دیگر"] = ('y', 1),
        ["ماه جاری"] = ('m', 0), ["این ماه"] = ('m', 0),
        ["ماه گذشته"] = ('m', -1), ["ماه قبل"] = ('m', -1),
        ["ماه آینده"] = ('m', 1), ["ماه بعد"] = ('m', 1),
    }.ToFrozenDictionary(p => NameKeys.Of(p.Key), p => p.Value, StringComparer.Ordinal);

    // After a weekday: which week (none: the one around the day of publication).
    private static readonly FrozenDictionary<string, int> Weeks = new Dictionary<string, int>
    {
        [""] = 0, ["این هفته"] = 0, ["هفته جاری"] = 0,
        ["گذشته"] = -1, ["هفته گذشته"] = -1, ["قبل"] = -1, ["هفته قبل"] = -1,
        ["آینده"] = 1, ["هفته آینده"] = 1, ["بعد"] = 1, ["هفته بعد"] = 1,
    }.ToFrozenDictionary(p => NameKeys.Of(p.Key), p => p.Value, StringComparer.Ordinal);

    // Weeks counted from the day of publication; a week is no period an id names, but it is as relative.
    private static readonly FrozenSet<string> RelativeWeeks = Keys("این هفته", "هفته جاری", "هفته گذشته", "هفته قبل", "هفته آینده", "هفته بعد", "هفته پیش");

    private static readonly FrozenDictionary<string, DateCalendar> Markers = new Dictionary<string, DateCalendar>
    {
        ["میلادی"] = DateCalendar.Gregorian,
        ["شمسی"] = DateCalendar.Jalali, ["خورشیدی"] = DateCalendar.Jalali, ["هجری شمسی"] = DateCalendar.Jalali,
        ["قمری"] = DateCalendar.Hijri, ["هجری قمری"] = DateCalendar.Hijri,
    }.ToFrozenDictionary(p => NameKeys.Of(p.Key), p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// The period the phrase names, or null. <paramref name="published"/> is when the article was published; without
    /// it, phrases that count from it (<c>امروز</c>) and a day or month without its year name nothing.
    /// </summary>
    public static DatePeriod? Read(string phrase, DateTimeOffset? published)
    {
        if (string.IsNullOrWhiteSpace(phrase) || phrase.Length > 64)
        {
            return null;
        }

        var tokens = DateTokenizer.Tokenize(phrase);
        var today = published is { } at ? TimeZoneInfo.ConvertTime(at, TehranTime.Zone).DateTime.Date : (DateTime?)null;
        if (tokens.Count == 0 || tokens.Any(t => t.Kind == DateTokenKind.Symbol))
        {
            return null;
        }

        return tokens.All(t => t.Kind == DateTokenKind.Word)
            ? today is { } day ? Counted(tokens, day) ?? Written(tokens, today) : Written(tokens, null)
            : Written(tokens, today);
    }

    /// <summary>
    /// Whether the phrase names a period only when counted from a day of publication (<c>امروز</c>, <c>سال گذشته</c>,
    /// <c>روز دوشنبه</c>, <c>تیرماه</c>): without that day it names none.
    /// </summary>
    public static bool CountsFromPublication(string phrase) =>
        Read(phrase, null) is null && (Read(phrase, new DateTimeOffset(2019, 7, 2, 12, 0, 0, TimeSpan.FromHours(4.5))) is not null
            || RelativeWeeks.Contains(NameKeys.Of(phrase)));

    // امروز, سال گذشته, روز دوشنبه هفته گذشته: counted from the day of publication.
    private static DatePeriod? Counted(List<DateToken> tokens, DateTime today)
    {
        var words = tokens.Select(t => t.Word!).ToList();
        if (Find(words) is { } relative)
        {
            return Shift(today, relative.Unit, relative.By);
        }

        var days = words.Where(w => !DayParts.Contains(w)).ToList();
        if (days.Count > 0 && days.Count < words.Count && Find(days) is { } within)
        {
            return Shift(today, within.Unit, within.By);
        }

        // امروز دوشنبه, دیروز پنجشنبه: the day counted, its weekday said as well.
        if (days.Count is 2 or 3 && Find(days[..1]) is { Unit: 'd' } day && WeekdayNames.Of(string.Concat(days.Skip(1))) is not null)
        {
            return Shift(today, day.Unit, day.By);
        }

        // سال جاری میلادی, ماه گذشته میلادی: counted on the Gregorian calendar.
        if (days.Count >= 2 && Markers.GetValueOrDefault(days[^1]) == DateCalendar.Gregorian && Find(days[..^1]) is { Unit: 'y' or 'm' } western)
        {
            var then = western.Unit == 'y' ? today.AddYears(western.By) : today.AddMonths(western.By);
            return new DatePeriod(DateCalendar.Gregorian, then.Year, western.Unit == 'y' ? 0 : then.Month);
        }

        // A weekday, alone or with its week; its parts of the day aside.
        if (days.Count > 0 && days[0] == DayWord)
        {
            days.RemoveAt(0);
        }

        for (var count = Math.Min(2, days.Count); count >= 1; count--)
        {
            if (WeekdayNames.Of(string.Concat(days.Take(count))) is { } weekday
                && Weeks.TryGetValue(string.Concat(days.Skip(count)), out var week))
            {
                return Weekday(today, weekday, week);
            }
        }

        return null;
    }

    private static (char Unit, int By)? Find(List<string> words) =>
        Relative.TryGetValue(string.Concat(words), out var found) ? found : null;

    private static DatePeriod Shift(DateTime today, char unit, int by)
    {
        var day = DatePeriod.JalaliDay(today);
        return unit switch
        {
            'd' => DatePeriod.JalaliDay(today.AddDays(by)),
            'y' => day with { Year = day.Year + by, Month = 0, Day = 0 },
            _ => DatePeriod.JalaliDay(Persian.AddMonths(today, by)) with { Day = 0 },
        };
    }

    // This week's weekday is the one within three days of publication; last week's the one before it, next week's after.
    private static DatePeriod Weekday(DateTime today, DayOfWeek weekday, int week)
    {
        var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
        var offset = week switch
        {
            < 0 => ahead == 0 ? -7 : ahead - 7,
            > 0 => ahead == 0 ? 7 : ahead,
            _ => ahead > 3 ? ahead - 7 : ahead,
        };
        return DatePeriod.JalaliDay(today.AddDays(offset));
    }

    // ۱۱ تیر ۱۳۹۸, تیرماه ۹۸, سال ۲۰۱۹ میلادی, ۲۵ مه: [day] month [year], or a year alone.
    private static DatePeriod? Written(List<DateToken> tokens, DateTime? today)
    {
        DateCalendar? marked = null;
        var saysYear = false;
        var kept = new List<DateToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == DateTokenKind.Word && i + 1 < tokens.Count && tokens[i + 1].Kind == DateTokenKind.Word
                && Markers.TryGetValue(token.Word + tokens[i + 1].Word, out var two))
            {
                marked = two;
                i++;
                continue;
            }

            if (token.Kind == DateTokenKind.Word && Markers.TryGetValue(token.Word!, out var one))
            {
                marked = one;
                continue;
            }

            if (token.Kind == DateTokenKind.Word && Fillers.Contains(token.Word!) && MonthNames.Read(tokens, i, out _) is null)
            {
                // سال before the number makes ۹۸ a year; ۲۰ سال (twenty years) is a duration.
                saysYear |= token.Word == YearWord && kept.All(t => t.Kind != DateTokenKind.Number);
                continue;
            }

            kept.Add(token);
        }

        var at = 0;
        int? day = null;
        if (kept.At(0).IsNumber(1, 2) && kept.At(1).Kind == DateTokenKind.Word)
        {
            day = kept[0].Small;
            at = 1;
        }

        (DateCalendar Calendar, int Month)? month = null;
        if (kept.At(at).Kind == DateTokenKind.Word)
        {
            month = MonthNames.Read(kept, at, out at);
            if (month is null)
            {
                return null;
            }
        }

        int? year = null;
        if (kept.At(at).Kind == DateTokenKind.Number)
        {
            year = kept[at].DigitCount switch
            {
                4 => kept[at].Small,
                2 when saysYear || month?.Calendar == DateCalendar.Jalali || marked == DateCalendar.Jalali => JalaliCentury(kept[at].Small, today),
                _ => null,
            };
            if (year is null)
            {
                return null;
            }

            at++;
        }

        if (at != kept.Count || (month is null && year is null) || (month is null && day is not null) || day is < 1 or > 31)
        {
            return null;
        }

        var calendar = month?.Calendar ?? marked ?? YearCalendar(year!.Value);
        if (calendar is not { } known || (marked is { } m && m != known) || (year is { } y && !Plausible(known, y)))
        {
            return null;
        }

        if (month is null)
        {
            return new DatePeriod(known, year!.Value);
        }

        var monthNumber = month.Value.Month;
        if (year is null)
        {
            // A Jalali day or month, or a Gregorian month, without its year: the nearest to the day of publication.
            // A Gregorian day alone is more often an anniversary of another year (۱۱ سپتامبر) and names nothing.
            if (today is not { } from || known == DateCalendar.Hijri || (known == DateCalendar.Gregorian && day is not null))
            {
                return null;
            }

            year = known == DateCalendar.Jalali ? Nearest(from, monthNumber, day ?? 1)
                : Enumerable.Range(from.Year - 1, 3).OrderBy(y => Math.Abs((new DateTime(y, monthNumber, 15) - from).TotalDays)).First();
        }

        if (day is null)
        {
            return new DatePeriod(known, year.Value, monthNumber);
        }

        return CalendarDates.Problem(known, year.Value, monthNumber, day.Value) is null
            ? DatePeriod.JalaliDay(CalendarDates.ToGregorian(known, year.Value, monthNumber, day.Value))
            : null;
    }

    // Two-digit years in Iranian news are Jalali: ۹۸ is 1398, ۰۲ is 1402, and ۴۰ is 1340 (the 1400s only go so far): in
    // the 1400s when that is at most five years after the day of publication, else in the 1300s; undated, up to ۱۰.
    private static int JalaliCentury(int twoDigits, DateTime? today) =>
        1400 + twoDigits <= (today is { } day ? Persian.GetYear(day) + 5 : 1410) ? 1400 + twoDigits : 1300 + twoDigits;

    // A four-digit year alone: 1300–1499 is Jalali, 1800–2199 Gregorian; lunar years are named as such.
    private static DateCalendar? YearCalendar(int year) => year switch
    {
        >= 1300 and <= 1499 => DateCalendar.Jalali,
        >= 1800 and <= 2199 => DateCalendar.Gregorian,
        _ => null,
    };

    private static bool Plausible(DateCalendar calendar, int year) => calendar switch
    {
        DateCalendar.Jalali => year is >= 1200 and <= 1499,
        DateCalendar.Hijri => year is >= 1300 and <= 1499,
        _ => year is >= 1500 and <= 2199,
    };

    // The Jalali year that puts month/day nearest the day of publication (تیرماه in Farvardin 1398 is Tir 1398).
    private static int Nearest(DateTime today, int month, int day)
    {
        var year = Persian.GetYear(today);
        return Enumerable.Range(year - 1, 3)
            .Where(y => CalendarDates.Problem(DateCalendar.Jalali, y, month, Math.Clamp(day, 1, 29)) is null)
            .OrderBy(y => Math.Abs((Persian.ToDateTime(y, month, Math.Clamp(day, 1, 29), 0, 0, 0, 0) - today).TotalDays))
            .First();
    }

    private static FrozenSet<string> Keys(params string[] words) => words.Select(NameKeys.Of).ToFrozenSet(StringComparer.Ordinal);
}
