namespace Khabar.Extraction.TextPages;

/// <summary>The article's paragraphs and tags: the body lines of a page with its furniture taken out.</summary>
internal sealed record PageBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Tags)
{
    private const int LinkListRun = 3;

    /// <summary>Collects the body from <paramref name="start"/> to the closer, dropping chrome.</summary>
    public static PageBody Read(PageLines lines, int start, string? title)
    {
        var kept = new List<string>();
        var tags = new List<string>();
        var titleKey = title is null ? null : PersianKey.Of(title);
        var closed = false;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            var tagLine = Chrome.Tags(line);
            if (tagLine.Success)
            {
                tags.AddRange(SplitTags(tagLine.Groups["tags"].Value));
                continue;
            }

            if (closed || lines.IsRepeated(line) || PersianKey.Of(line) == titleKey || Chrome.IsFurniture(line)
                || Chrome.NewsCode(line).Success || DateLine.Read(line) is not null)
            {
                continue;
            }

            var closer = Chrome.Closer(line);
            if (closer.Success)
            {
                closed = true;
                line = line[..closer.Index].Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }

            kept.Add(line);
        }

        return new PageBody(WithoutLinkLists(kept), tags.Distinct().ToList());
    }

    private static IEnumerable<string> SplitTags(string list) =>
        list.Split(['،', ',', '|', '؛', '#'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length is > 0 and <= 60);

    // Ad and partner link lists: runs of short lines that are not sentences.
    private static List<string> WithoutLinkLists(List<string> lines)
    {
        var result = new List<string>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            var run = i;
            while (run < lines.Count && IsLinkLike(lines[run]))
            {
                run++;
            }

            if (run - i >= LinkListRun)
            {
                i = run;
                continue;
            }

            result.Add(lines[i]);
            i++;
        }

        return result;
    }

    private static bool IsLinkLike(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
        && line.IndexOfAny(['.', '،', '؛', ':', '!', '؟', '?']) < 0;
}
