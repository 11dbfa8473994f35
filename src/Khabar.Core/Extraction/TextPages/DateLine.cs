using System.Text.RegularExpressions;
using Khabar.Persian.Dates;

namespace Khabar.Extraction.TextPages;

/// <summary>Recognises a line that holds only a publication date (and perhaps its label).</summary>
internal static partial class DateLine
{
    /// <summary>The date as written, without its label, when the whole line is a date; else null.</summary>
    public static string? Read(string line)
    {
        var label = Chrome.DateLabel(line);
        var rest = (label.Success ? line[label.Length..] : line).Trim();
        if (rest.Length is 0 or > 70 || Words().Count(rest) > 5)
        {
            return null;
        }

        return PersianDateParser.Parse(rest).Success || NumericDate().IsMatch(rest) ? rest : null;
    }

    [GeneratedRegex(@"\p{L}{2,}", RegexOptions.NonBacktracking)]
    private static partial Regex Words();

    [GeneratedRegex(@"[0-9۰-۹٠-٩]{2,4}\s*[/\-.]\s*[0-9۰-۹٠-٩]{1,2}\s*[/\-.]\s*[0-9۰-۹٠-٩]{1,4}", RegexOptions.NonBacktracking)]
    private static partial Regex NumericDate();
}
