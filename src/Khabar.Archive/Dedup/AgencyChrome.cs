using System.Text.RegularExpressions;
using Khabar.Persian.Text;

namespace Khabar.Archive.Dedup;

/// <summary>
/// What each agency wraps around the copy it shares with the others: the opener that names it
/// (<c>به گزارش ایسنا،</c>), the closer (<c>انتهای پیام/</c>) and short chrome lines (read-more links, channel
/// invitations, source lines). Removing them is what lets two agencies' copies of one text compare as equal.
/// </summary>
public static partial class AgencyChrome
{
    /// <summary>A paragraph of at most this many words can be chrome; longer ones are always copy.</summary>
    private const int ChromeWords = 14;

    /// <summary>The paragraphs of the copy: lead and body with openers, closers and chrome removed.</summary>
    public static IEnumerable<string> Copy(IEnumerable<string?> paragraphs)
    {
        var first = true;
        foreach (var raw in paragraphs)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            // Tidying is only needed for the Arabic letters the patterns below do not spell; most text has none.
            var text = raw.AsSpan().IndexOfAny('\u064A', '\u0643') >= 0 ? TextTidy.Tidy(raw) : raw;
            if (first)
            {
                text = StripOpener(text);
            }

            if (text.Contains("پیام", StringComparison.Ordinal) || text.Contains("پایان", StringComparison.Ordinal))
            {
                text = Closer().Replace(text, " ");
            }

            if (text.Length == 0 || IsChrome(text))
            {
                continue;
            }

            first = false;
            yield return text;
        }
    }

    /// <summary>The paragraph without a leading agency attribution (<c>به گزارش …،</c>, <c>خبرگزاری فارس:</c>).</summary>
    public static string StripOpener(string paragraph)
    {
        if (paragraph.Length == 0)
        {
            return paragraph;
        }

        var match = Opener().Match(paragraph);
        return match.Success ? paragraph[match.Length..] : paragraph;
    }

    /// <summary>Whether a short paragraph is page chrome rather than copy.</summary>
    public static bool IsChrome(string paragraph)
    {
        var words = Words(paragraph);
        return words <= ChromeWords && (ChromeLine().IsMatch(paragraph) || words <= 2 && paragraph.Contains('/'));
    }

    /// <summary>The number of words, counted only as far as it matters.</summary>
    private static int Words(string paragraph)
    {
        var words = 0;
        for (var i = 0; i < paragraph.Length && words <= ChromeWords; i++)
        {
            words += !char.IsWhiteSpace(paragraph[i]) && (i == 0 || char.IsWhiteSpace(paragraph[i - 1])) ? 1 : 0;
        }

        return words;
    }

    // The attribution runs to the first comma or colon, and only if that comes early: a long first clause is copy.
    [GeneratedRegex(@"^\W*(?:به\s*گزارش|به\s*نقل\s*از|طبق\s*گزارش|بنا\s*بر\s*گزارش|(?:[^\s،,:]+\s+){0,2}خبرگزاری)[^،,:؛\n]{0,90}[،,:؛]\s*")]
    private static partial Regex Opener();

    [GeneratedRegex(@"/?\s*(?:انتهای\s*پیام|پایان\s*پیام|پایان\s*خبر)\s*/?[\s\p{L}./]{0,12}$")]
    private static partial Regex Closer();

    [GeneratedRegex(@"بیشتر\s*بخوانید|مطالب\s*مرتبط|اخبار\s*مرتبط|کلیک\s*کنید|کد\s*خبر|لینک\s*کوتاه|^\W*منبع\s*[:：]|کانال|تلگرام|اینستاگرام|ایتا|روبیکا|را\s*دنبال\s*کنید|انتشار\s*مطالب|اشتراک\s*بگذارید|نظر\s*شما|ارسال\s*نظر")]
    private static partial Regex ChromeLine();
}
