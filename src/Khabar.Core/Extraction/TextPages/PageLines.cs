using System.Text.RegularExpressions;

namespace Khabar.Extraction.TextPages;

/// <summary>The non-empty lines of a scraped page, with a key each for finding repeats.</summary>
internal sealed partial class PageLines
{
    private readonly Dictionary<string, int> counts = [];

    public PageLines(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            foreach (var line in Paragraphs(raw.Trim()))
            {
                Lines.Add(line);
                var key = PersianKey.Of(line);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
    }

    public List<string> Lines { get; } = [];

    public int Count => Lines.Count;

    public string this[int index] => Lines[index];

    /// <summary>True when the line, compared loosely, occurs more than once on the page.</summary>
    public bool IsRepeated(string line) => counts.GetValueOrDefault(PersianKey.Of(line)) > 1;

    // Scrapers that flatten a body onto one line leave runs of spaces where the paragraphs were.
    private static IEnumerable<string> Paragraphs(string line)
    {
        if (line.Length == 0)
        {
            yield break;
        }

        if (line.Length < 300)
        {
            yield return line;
            yield break;
        }

        foreach (var part in ParagraphGap().Split(line))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!؟?»:""])[ \u00A0\t]{2,}")]
    private static partial Regex ParagraphGap();
}
