using System.Globalization;
using System.Text.RegularExpressions;
using Khabar.Persian.Dates;

namespace Khabar.Persian.Tests.Dates;

/// <summary>Reads cases.tsv and formats parsed instants the way the file writes them.</summary>
internal static partial class DateCases
{
    /// <summary>One row: its line number, the input, the expected instant or "error", and the optional check.</summary>
    public static IEnumerable<object[]> Rows()
    {
        var path = Khabar.Testing.Repo.File("tests", "Khabar.Persian.Tests", "Dates", "cases.tsv");
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            yield return [i + 1, Unescape(columns[0]), columns[1], columns.Length > 2 ? columns[2] : ""];
        }
    }

    /// <summary>The instant as cases.tsv writes it: seconds always, fractions only when present, offset ±hh:mm.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>A short description of a result for assertion messages.</summary>
    public static string Describe(DateParseResult result) =>
        result.Date is { } date ? $"{Iso(date.Instant)} {date.Calendar} {(date.HasTime ? "time" : "date")}" : $"error: {result.Error}";

    private static string Unescape(string text) => Escape().Replace(text,
        match => ((char)int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex Escape();
}
