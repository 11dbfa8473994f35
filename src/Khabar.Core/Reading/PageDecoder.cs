using System.Text;
using System.Text.Unicode;

namespace Khabar.Reading;

/// <summary>
/// Decodes markup (HTML, feeds) exactly once. Byte-order mark first; then bytes that are valid UTF-8 are UTF-8
/// whatever the page declares (valid multi-byte UTF-8 does not happen by chance); then the transport's charset
/// (HTTP or WARC Content-Type) and the document's own declaration; and when none fits, a statistical choice
/// between damaged UTF-8 and windows-1256. Bytes that fit nothing are an error, never silent mojibake.
/// </summary>
public static class PageDecoder
{
    /// <summary>The decoded text and the charset used, or the reason the bytes cannot be read as text.</summary>
    public static (string? Text, string Charset, string? Error) Decode(ReadOnlySpan<byte> bytes, string? transportCharset = null)
    {
        if (bytes.IsEmpty)
        {
            return (null, "", "empty input");
        }

        // Marks and UTF-16 are found by the bytes; TextDecoder also refuses binary data.
        if (bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || HasZeroByte(bytes))
        {
            return TextDecoder.Decode(bytes);
        }

        if (Utf8Census.LooksBinary(bytes))
        {
            return (null, "", "binary data, not text");
        }

        // Valid UTF-8 (nearly every page) is told by one vectorized check; the count of sequences below is for the rest.
        if (Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), "utf-8", null);
        }

        var census = Utf8Census.Count(bytes);
        if (census.Invalid == 0 || census.Invalid * 50 <= census.Valid)
        {
            // Clean UTF-8, or UTF-8 with a few broken sequences (a cut page): keep it, broken bytes become U+FFFD.
            return (Encoding.UTF8.GetString(bytes), "utf-8", null);
        }

        var declared = Charsets.Find(transportCharset) ?? Charsets.Find(DeclaredCharset.Find(bytes));
        var asArabic = Encoding.GetEncoding(1256).GetString(bytes);
        if (declared is null || Charsets.IsUtf8(declared) || declared.CodePage == 1252)
        {
            // No usable declaration, or one the bytes contradict: Persian pages that are not UTF-8 are windows-1256.
            if (ArabicShareOfNonAscii(asArabic) >= 0.6)
            {
                return (asArabic, "windows-1256", null);
            }

            if (declared is null || Charsets.IsUtf8(declared))
            {
                var said = declared is null ? "declares no charset" : "declares UTF-8";
                return (null, "", $"unknown charset: not UTF-8 ({census.Invalid} broken sequences), not windows-1256 Persian, and the page {said}");
            }
        }

        return (declared.GetString(bytes), declared.WebName, null);
    }

    private static bool HasZeroByte(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);

    // windows-1256 keeps French accented letters where Latin-1 has them, so Latin text read as 1256 is not Arabic.
    private static double ArabicShareOfNonAscii(string text)
    {
        int nonAscii = 0, arabic = 0;
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                nonAscii++;
                arabic += c is >= '\u0600' and <= '\u06FF' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u00A0' ? 1 : 0;
            }
        }

        return nonAscii == 0 ? 0 : (double)arabic / nonAscii;
    }
}
