using System.Text.RegularExpressions;

namespace Khabar.Extraction.TextPages;

/// <summary>Recognises the lines of a scraped page that are page furniture rather than the article.</summary>
internal static partial class Chrome
{
    private static readonly string[] Exact =
    [
        "نظر شما", "نظرات بینندگان", "نظرات", "ارسال نظر", "دیدگاه شما", "دیدگاه‌ها", "نظر خود را بنویسید",
        "اشتراک گذاری", "اشتراک‌گذاری", "لینک کپی شد", "کپی شد", "کپی لینک", "نسخه چاپی", "چاپ", "ارسال به دوستان",
        "اخبار مرتبط", "خبرهای مرتبط", "مطالب مرتبط", "پربازدیدترین", "پربازدیدترین‌ها", "پربحث‌ترین", "آخرین اخبار",
        "بازگشت", "صفحه اصلی", "منتشر شده", "در انتظار بررسی", "غیر قابل انتشار", "تبلیغات", "بازرگانی",
    ];

    private static readonly HashSet<string> ExactKeys = Exact.Select(PersianKey.Of).ToHashSet();

    /// <summary>True for comment-box titles, share bars and similar one-line furniture.</summary>
    public static bool IsFurniture(string line) => IsFurniture(PersianKey.Of(line), Folded(line));

    /// <summary>The same, for a line whose key and folded spelling (<see cref="Folded"/>) are already made.</summary>
    public static bool IsFurniture(string key, string folded) => ExactKeys.Contains(key) || LabelPattern().IsMatch(folded);

    /// <summary>The closer and anything after it on the line: <c>انتهای پیام/</c> with an optional desk letter.</summary>
    public static Match Closer(string line) => CloserPattern().Match(Folded(line));

    /// <summary>A news-code line, e.g. <c>کد خبر: ۲۰۷۶۰۱۹</c>; the group <c>id</c> holds the digits.</summary>
    public static Match NewsCode(string line) => NewsCodePattern().Match(Folded(line));

    /// <summary>A tags line, e.g. <c>برچسب‌ها: غزه، حماس</c>; the group <c>tags</c> holds the list.</summary>
    public static Match Tags(string line) => TagsPattern().Match(Folded(line));

    /// <summary>Date-line labels such as <c>تاریخ انتشار:</c>.</summary>
    public static Match DateLabel(string line) => DateLabelPattern().Match(Folded(line));

    /// <summary><see cref="Closer"/> of a line already <see cref="Folded"/>.</summary>
    public static Match FoldedCloser(string folded) => CloserPattern().Match(folded);

    /// <summary><see cref="NewsCode"/> of a line already <see cref="Folded"/>.</summary>
    public static Match FoldedNewsCode(string folded) => NewsCodePattern().Match(folded);

    /// <summary><see cref="Tags"/> of a line already <see cref="Folded"/>.</summary>
    public static Match FoldedTags(string folded) => TagsPattern().Match(folded);

    /// <summary>Arabic ي and ك folded one for one, so match positions hold in the line as written.</summary>
    public static string Folded(string line) => string.Create(line.Length, line, static (span, text) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Persian.Text.TextTidy.Fold(text[i]);
        }
    });

    [GeneratedRegex(@"(?:^|[\s.!؟])(?:انتهای\s*پیام|انتهای\s*خبر|پایان\s*پیام)\s*(?:/\s*[\p{L}]{0,3})?\s*\**\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex CloserPattern();

    [GeneratedRegex(@"^\s*(?:کد\s*خبر|کدخبر|شناسه\s*خبر|کد\s*مطلب|شماره\s*خبر)\s*[:：]?\s*(?<id>[0-9۰-۹٠-٩]{2,20})\s*(?<rest>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex NewsCodePattern();

    [GeneratedRegex(@"^\s*(?:برچسب[\s\u200C]*(?:ها|های)?|کلید[\s\u200C]*واژه[\s\u200C]*(?:ها)?|کلمات\s*کلیدی|تگ[\s\u200C]*(?:ها)?)\s*[:：]\s*(?<tags>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex TagsPattern();

    [GeneratedRegex(@"^\s*(?:تاریخ\s*(?:انتشار|خبر|مخابره)?|زمان\s*(?:انتشار)?|انتشار|منتشر\s*شده\s*در)\s*[:：]?\s*", RegexOptions.NonBacktracking)]
    private static partial Regex DateLabelPattern();

    [GeneratedRegex(@"^\s*(?:منبع|لینک|نویسنده|عکس|ترجمه|مترجم|خبرنگار|دبیر)\s*[:：]\s*\S.{0,60}$", RegexOptions.NonBacktracking)]
    private static partial Regex LabelPattern();
}
