using System.Text;
using Khabar.Model;

namespace Khabar.Core.Tests;

/// <summary>Seeded random input for readers: random bytes read as UTF-8, and random Persian with markup-like pieces.</summary>
internal static class RandomText
{
    private static readonly string[] Pieces =
    [
        "ا", "ب", "پ", "ت", "ج", "چ", "خ", "د", "ر", "ز", "ژ", "س", "ش", "ع", "ف", "ق", "ک", "گ", "ل", "م", "ن", "و", "ه", "ی",
        "ي", "ك", "ۀ", "ـ", "\u064E", "\u200C", "\u200C", "\u200F", "\u00A0", " ", " ", " ", "\n", "\r\n", "\t",
        "۰", "۱", "۲", "۹", "٠", "٤", "٩", "0", "7", "۱۴۰۳/۰۱/۱۱", "۱۱:۰۰", "«", "»", "،", "؛", "؟", ".", ":", "!", "-", "/", "|",
        "خبرگزاری", "ایسنا", "به گزارش", "تهران", "می‌شود", "انتهای پیام/", "کد خبر:", "نظر شما",
        "<", ">", "</", "/>", "<p>", "</p>", "<div class=\"body\">", "<br>", "<a href=\"/n/1\">", "<script>", "</script>",
        "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&zwnj;", "&#x200c;", "&#", "&", ";", "\"", "'", "=",
        "{", "}", "[", "]", ",", "\"title\":", "\"body\":", "null", "true", "\\u06", "\\", "WARC/1.0", "HTTP/1.1 200 OK",
        "\uFFFD", "\uFEFF", "\0", "\u0001", "\uD83D\uDE00", "\uD83D",
    ];

    /// <summary>Random bytes decoded as UTF-8 (bad sequences become U+FFFD).</summary>
    public static string Utf8(Random random, int maxBytes)
    {
        var bytes = new byte[random.Next(0, maxBytes)];
        random.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A random run of Persian letters, half-spaces, digits of three scripts, punctuation and markup.</summary>
    public static string Persian(Random random, int maxPieces)
    {
        var text = new StringBuilder();
        for (var n = random.Next(0, maxPieces); n > 0; n--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Either kind, half and half.</summary>
    public static string Any(Random random, int size) => random.Next(2) == 0 ? Utf8(random, size) : Persian(random, size / 4);

    /// <summary>The text without control characters: a file with more than a few of them is binary, not text.</summary>
    public static string Printable(string text) => new([.. text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')]);

    /// <summary>A result is an article or an error, and an error names its item and a reason no reader threw.</summary>
    public static void AssertClean(ItemResult result)
    {
        Assert.True(result.Article is not null ^ result.Error is not null);
        if (result.Error is { } error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Source), "an error without its item");
            Assert.False(string.IsNullOrWhiteSpace(error.Reason), $"{error.Source}: an error without a reason");
            Assert.False(error.Reason.StartsWith("internal error", StringComparison.Ordinal), error.Reason);
            Assert.False(error.Reason.Contains("Exception:", StringComparison.Ordinal), error.Reason);
        }
    }
}
