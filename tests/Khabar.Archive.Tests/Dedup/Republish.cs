using Khabar.Model;

namespace Khabar.Archive.Tests.Dedup;

/// <summary>What another agency does to a copy it republishes, one change at a time.</summary>
internal static class Republish
{
    /// <summary>Another agency's opener instead of ISNA's, and its closer and chrome.</summary>
    public static Article AsBorna(Article a) => a with
    {
        Agency = "برنا",
        Published = a.Published?.AddHours(2),
        Paragraphs =
        [
            "به گزارش گروه اجتماعی خبرگزاری برنا، " + a.Paragraphs[0][(a.Paragraphs[0].IndexOf('،') + 2)..],
            .. a.Paragraphs.Skip(1),
            "بیشتر بخوانید: اخبار روز را در کانال تلگرام ما دنبال کنید",
            "انتهای پیام/",
        ],
    };

    /// <summary>Half-spaces deleted, Arabic letters, the title reworded.</summary>
    public static Article Respelled(Article a) => a with
    {
        Agency = "مهر",
        Title = "گزارش: " + a.Title,
        Paragraphs = a.Paragraphs.Select(p => p.Replace("\u200C", "").Replace('ی', 'ي').Replace('ک', 'ك')).ToList(),
    };

    /// <summary>Half-spaces as spaces, a paragraph dropped and two swapped.</summary>
    public static Article Trimmed(Article a) => a with
    {
        Agency = "تسنیم",
        Published = a.Published?.AddDays(1),
        Paragraphs = [a.Paragraphs[0].Replace('\u200C', ' '), a.Paragraphs[2], a.Paragraphs[1], .. a.Paragraphs.Skip(4)],
    };
}
