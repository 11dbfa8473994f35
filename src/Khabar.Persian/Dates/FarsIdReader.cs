using Khabar.Persian.Text;

namespace Khabar.Persian.Dates;

/// <summary>
/// Reads the Jalali date that opens a Fars news id: 13 or more digits starting with yyyyMMdd of a 13xx/14xx year
/// ("13960807000572" is 1396/08/07), alone or inside a URL. The id carries no time of day.
/// </summary>
internal static class FarsIdReader
{
    private const int MinDigits = 13;

    // Longer runs are some other number (or noise); Fars ids have 14 digits.
    private const int MaxDigits = 20;

    /// <summary>The date of the first number that is a Fars id with a real date, or null.</summary>
    public static DateCandidate? Find(string text, List<DateToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsNumber(MinDigits, MaxDigits))
            {
                continue;
            }

            var year = Read(text, token.Start, 4);
            var month = Read(text, token.Start + 4, 2);
            var day = Read(text, token.Start + 6, 2);
            if (year is >= 1300 and <= 1499 && CalendarDates.Problem(DateCalendar.Jalali, year, month, day) is null)
            {
                return new DateCandidate(i, i + 1, DateCalendar.Jalali, year, month, day);
            }
        }

        return null;
    }

    private static int Read(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + Digits.ValueOf(text[i]);
        }

        return value;
    }
}
