using System.Text.RegularExpressions;
using Khabar.Persian.Text;

namespace Khabar.Extraction.Html;

/// <summary>
/// Gregorian dates with Arabic month names (<c>24 نيسان / أبريل 2020</c>), which the Persian date parser does not
/// read. The page gives no offset, so the date stands at UTC.
/// </summary>
internal static partial class ArabicDates
{
    private static readonly Dictionary<string, int> Months = new()
    {
        ["يناير"] = 1, ["كانون الثاني"] = 1, ["فبراير"] = 2, ["شباط"] = 2, ["مارس"] = 3, ["آذار"] = 3, ["اذار"] = 3,
        ["أبريل"] = 4, ["ابريل"] = 4, ["إبريل"] = 4, ["نيسان"] = 4, ["مايو"] = 5, ["أيار"] = 5, ["ايار"] = 5,
        ["يونيو"] = 6, ["يونيه"] = 6, ["حزيران"] = 6, ["يوليو"] = 7, ["يوليه"] = 7, ["تموز"] = 7, ["أغسطس"] = 8,
        ["اغسطس"] = 8, ["آب"] = 8, ["سبتمبر"] = 9, ["أيلول"] = 9, ["ايلول"] = 9, ["أكتوبر"] = 10, ["اكتوبر"] = 10,
        ["تشرين الأول"] = 10, ["نوفمبر"] = 11, ["تشرين الثاني"] = 11, ["ديسمبر"] = 12, ["كانون الأول"] = 12,
    };

    /// <summary>The first such date in the text, or null.</summary>
    public static DateTimeOffset? Find(string text)
    {
        foreach (Match match in DatePattern().Matches(text.Replace("ّ", "", StringComparison.Ordinal)))
        {
            var name = match.Groups["month"].Value.Trim();
            if (Months.TryGetValue(name, out var month)
                && int.TryParse(Ascii(match.Groups["day"].Value), out var day)
                && int.TryParse(Ascii(match.Groups["year"].Value), out var year)
                && year is > 1900 and < 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
            }
        }

        return null;
    }

    private static string Ascii(string digits) => string.Concat(digits.Select(c => (char)('0' + Digits.ValueOf(c))));

    [GeneratedRegex(@"(?<day>\p{Nd}{1,2})\s+(?<month>(?:كانون|تشرين)\s+\S+|\p{L}+)(?:\s*/\s*\p{L}+)?\s*[,،]?\s+(?<year>\p{Nd}{4})", RegexOptions.NonBacktracking)]
    private static partial Regex DatePattern();
}
