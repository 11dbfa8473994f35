namespace Khabar.Extraction.TextPages;

/// <summary>What the top of a scraped page holds: kicker, title, date and news code, and where the body starts.</summary>
internal sealed record PageHeader(string? Kicker, string? Title, string? PublishedText, string? NewsId, int BodyStart)
{
    private const int HeaderLines = 15;

    /// <summary>Reads the header of the page.</summary>
    public static PageHeader Read(PageLines lines)
    {
        string? published = null, newsId = null;
        int metaStart = -1, metaEnd = -1;
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            var code = Chrome.NewsCode(lines[i]);
            var date = code.Success ? DateLine.Read(code.Groups["rest"].Value) : DateLine.Read(lines[i]);
            if (code.Success && (code.Groups["rest"].Length == 0 || date is not null))
            {
                newsId ??= Persian.Text.Digits.ToAscii(code.Groups["id"].Value);
            }
            else if (date is null)
            {
                continue;
            }

            published ??= date;
            metaStart = metaStart < 0 ? i : metaStart;
            metaEnd = i;
        }

        return metaStart < 0 ? WithoutMeta(lines) : AroundMeta(lines, metaStart, metaEnd, published, newsId);
    }

    private static PageHeader AroundMeta(PageLines lines, int metaStart, int metaEnd, string? published, string? newsId)
    {
        var titleAt = Enumerable.Range(0, metaStart).LastOrDefault(i => IsHeading(lines, i), -1);
        string? title = titleAt >= 0 ? lines[titleAt] : null;
        string? kicker = IsHeading(lines, titleAt - 1) && !lines.IsRepeated(lines[titleAt - 1]) ? lines[titleAt - 1] : null;
        var next = metaEnd + 1;
        if (title is null && IsHeading(lines, next) && next + 1 < lines.Count)
        {
            if (IsHeading(lines, next + 1) && next + 2 < lines.Count && !lines.IsRepeated(lines[next]))
            {
                kicker = lines[next++];
            }

            title = lines[next++];
        }

        // The title printed again under the date line.
        while (next < lines.Count && title is not null && PersianKey.Of(lines[next]) == PersianKey.Of(title))
        {
            next++;
        }

        return new PageHeader(kicker, title, published, newsId, next);
    }

    private static PageHeader WithoutMeta(PageLines lines) =>
        lines.Count > 1 && IsHeading(lines, 0)
            ? new PageHeader(null, lines[0], null, null, 1)
            : new PageHeader(null, null, null, null, 0);

    /// <summary>A line that can be a title or kicker: short, not a sentence, not furniture.</summary>
    public static bool IsHeading(PageLines lines, int index)
    {
        if (index < 0 || index >= lines.Count)
        {
            return false;
        }

        var line = lines[index];
        return line.Length <= 200
            && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 30
            && !line.EndsWith('.') && !line.EndsWith(':')
            && !Chrome.IsFurniture(line)
            && line.Any(c => c is >= '\u0600' and <= '\u06FF');
    }
}
