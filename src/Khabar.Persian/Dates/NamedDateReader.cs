namespace Khabar.Persian.Dates;

/// <summary>
/// Reads day, month name, year: "۱ خرداد ۱۳۹۵", "۲۷ دی ماه ۱۴۰۲", "۱۹ رمضان ۱۴۴۵", "۳۰ مارس ۲۰۲۴", and the
/// RFC 1123 / RFC 822 date of feeds ("Sat, 30 Mar 2024"). The month's name decides the calendar.
/// </summary>
internal static class NamedDateReader
{
    /// <summary>The date whose day number is at index, or null when the tokens there are not one.</summary>
    public static DateCandidate? Read(List<DateToken> tokens, int index)
    {
        var day = tokens.At(index);
        if (!day.IsNumber(1, 2) || MonthNames.Read(tokens, index + 1, out var next) is not { } month)
        {
            return null;
        }

        if (month.Calendar == DateCalendar.Jalali && tokens.At(next).IsWord("ماه"))
        {
            next++;
        }

        if (tokens.At(next).IsSymbol(',') || tokens.At(next).IsSymbol('،'))
        {
            next++;
        }

        // Four digits only: a two-digit year would need a century guess, and a shorter number after a month name
        // is usually a count ("۵ تیر ۳ گلوله"), not a year.
        var year = tokens.At(next);
        if (!year.IsNumber(4, 4))
        {
            return null;
        }

        return new DateCandidate(index, next + 1, month.Calendar, year.Small, month.Month, day.Small)
            .WithWeekdayBefore(tokens);
    }
}
