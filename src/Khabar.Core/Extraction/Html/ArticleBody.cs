using Khabar.Extraction.TextPages;
using Khabar.Persian.Text;

namespace Khabar.Extraction.Html;

/// <summary>The body paragraphs after Persian page furniture is taken out, with the tags and news code found on the way.</summary>
internal sealed record ArticleBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Tags, string? NewsId)
{
    private const double MaxLinkDensity = 0.5;

    private static readonly string[] RelatedKeys =
        new[] { "بیشتر بخوانید", "بخوانید:", "پیشنهاد ویژه", "مطالب مرتبط", "اخبار مرتبط", "خبرهای مرتبط", "اقرأ أيضا", "اقرأ ايضا" }.Select(PersianKey.Of).ToArray();

    // The CMSs' own notes ("این خبر بروز رسانی می شود...") are dropped wherever they appear.
    private static readonly string[] NoteKeys = CmsProfiles.All.SelectMany(p => p.Notes).Select(PersianKey.Of).ToArray();

    private static readonly string[] CommentWords =
    [
        "التعلیقات", "تعلیقات", "لا تعبر عن رأی", "نظرات ارسال", "منتشر نخواهد شد", "ارسال نظر", "نظر خود را", "دیدگاه‌ها", "comments",
    ];

    /// <summary>Cleans the blocks: drops furniture, link lists, repeats of title and lead, CMS notes; stops at the closer.</summary>
    public static ArticleBody Clean(IEnumerable<TextBlock> blocks, string? title, string? lead)
    {
        var paragraphs = new List<string>();
        var tags = new List<string>();
        string? newsId = null;
        var skipKeys = new[] { title, lead }.OfType<string>().Select(PersianKey.Of).ToHashSet();
        foreach (var block in blocks)
        {
            // The folded spelling and the key of a block are made once for all the tests below.
            var text = block.Text;
            var folded = Chrome.Folded(text);
            if (Chrome.FoldedTags(folded) is { Success: true } tagLine)
            {
                tags.AddRange(SplitTags(tagLine.Groups["tags"].Value));
                continue;
            }

            if (Chrome.FoldedNewsCode(folded) is { Success: true } code)
            {
                newsId ??= code.Groups["id"].Value;
                continue;
            }

            if (block.LinkDensity > MaxLinkDensity)
            {
                continue;
            }

            var key = PersianKey.Of(text);
            if (Chrome.IsFurniture(key, folded) || skipKeys.Contains(key)
                || (text.Length < 40 && DateLine.Read(text) is not null) || IsBareUrlOrCredit(text) || IsNoteOrRelated(text))
            {
                continue;
            }

            var closer = Chrome.FoldedCloser(folded);
            if (closer.Success)
            {
                if (text[..closer.Index].Trim() is { Length: > 0 } last)
                {
                    paragraphs.Add(last);
                }

                break;
            }

            paragraphs.Add(text);
        }

        // Comment rules and disclaimers close many pages inside the content block: trimmed from the end only.
        while (paragraphs.Count > 1 && paragraphs[^1].Length < 600 && TextTidy.Tidy(paragraphs[^1]) is var tidy
            && CommentWords.Any(w => tidy.Contains(w, StringComparison.Ordinal)))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        return new ArticleBody(paragraphs, tags, newsId);
    }

    /// <summary>Tags from a list line: split on Persian and Latin commas, bars and hashes.</summary>
    public static IEnumerable<string> SplitTags(string list) =>
        list.Split(['،', ',', '|', '؛', '#'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length is > 0 and <= 60);

    private static bool IsBareUrlOrCredit(string text) =>
        text.StartsWith('©') || (text.StartsWith("http", StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal));

    // A CMS note anywhere, a "read more" line when short; the key of the opening is made once for both.
    private static bool IsNoteOrRelated(string text)
    {
        var key = PersianKey.Of(text.Length > 60 ? text[..60] : text);
        return StartsWithAny(key, NoteKeys) || (text.Length < 200 && StartsWithAny(key, RelatedKeys));
    }

    private static bool StartsWithAny(string key, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
