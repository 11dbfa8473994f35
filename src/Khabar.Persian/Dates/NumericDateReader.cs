namespace Khabar.Persian.Dates;

/// <summary>
/// Reads all-number dates: year/month/day or day/month/year with one separator (/ - .) used twice. A 4-digit
/// year of 1200–1500 is Jalali (or lunar Hijri when a "ق" marker follows), 1800–2200 is Gregorian.
/// </summary>
internal static class NumericDateReader
{
    /// <summary>The date starting at index, or null when the tokens there are not one.</summary>
    public static DateCandidate? Read(List<DateToken> tokens, int index)
    {
        var first = tokens.At(index);
        var separator = tokens.At(index + 1);
        var middle = tokens.At(index + 2);
        var last = tokens.At(index + 4);
        if (first.Kind != DateTokenKind.Number || !middle.IsNumber(1, 2) || last.Kind != DateTokenKind.Number
            || separator.Symbol is not ('/' or '-' or '.') || !tokens.At(index + 3).IsSymbol(separator.Symbol))
        {
            return null;
        }

        int year, day;
        if (first.DigitCount == 4 && last.IsNumber(1, 2))
        {
            (year, day) = (first.Small, last.Small);
        }
        else if (first.IsNumber(1, 2) && last.DigitCount == 4 && separator.Symbol != '.')
        {
            // Day first is how scrapers sometimes flip right-to-left dates; for Gregorian years it would be
            // ambiguous with month first, so only Jalali years are read this way, and not with dots, which
            // version numbers ("1.2.1400") use.
            (year, day) = (last.Small, first.Small);
            if (!IsJalaliYear(year))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        DateCalendar calendar;
        if (IsJalaliYear(year))
        {
            calendar = HasLunarMarker(tokens, index + 5) ? DateCalendar.Hijri : DateCalendar.Jalali;
        }
        else if (year is >= 1800 and <= 2200)
        {
            calendar = DateCalendar.Gregorian;
        }
        else
        {
            return null;
        }

        var next = calendar == DateCalendar.Hijri ? LunarMarkerEnd(tokens, index + 5) : index + 5;
        return new DateCandidate(index, next, calendar, year, middle.Small, day).WithWeekdayBefore(tokens);
    }

    private static bool IsJalaliYear(int year) => year is >= 1200 and <= 1500;

    private static bool HasLunarMarker(List<DateToken> tokens, int index) => LunarMarkerEnd(tokens, index) > index;

    // "ق", "قمری", "ه.ق", "هـ ق", "هجری قمری": a lunar year also falls in 1200–1500, so only this tells them apart.
    private static int LunarMarkerEnd(List<DateToken> tokens, int index)
    {
        var i = index;
        if (tokens.At(i).IsWord("ه") || tokens.At(i).IsWord("هجری"))
        {
            i++;
            if (tokens.At(i).IsSymbol('.'))
            {
                i++;
            }
        }

        // "ق.ظ" after a date is a morning time marker whose time went missing, not the lunar calendar.
        var morning = tokens.At(i + 1).IsSymbol('.') && tokens.At(i + 2).IsWord("ظ");
        return (tokens.At(i).IsWord("ق") && !morning) || tokens.At(i).IsWord("قمری") ? i + 1 : index;
    }
}
