using System.Text;

namespace Khabar.Reading;

/// <summary>
/// Decodes page bytes exactly once: byte-order mark, then UTF-16 by its byte pattern, strict UTF-8, and
/// windows-1256 (older Iranian pages) only when the result reads as Arabic-script text. Never guesses silently:
/// bytes that fit none of these are reported.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoded text and the charset's name, or the reason the bytes are not text.</summary>
    public static (string? Text, string Charset, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return (null, "", "empty input");
        }

        if (FromByteOrderMark(bytes) is { } bom)
        {
            return Finish(bom.Encoding.GetString(bytes[bom.Skip..]), bom.Encoding.WebName);
        }

        if (Utf16Order(bytes) is { } utf16)
        {
            return Finish(utf16.GetString(bytes[..(bytes.Length & ~1)]), utf16.WebName);
        }

        if (LooksBinary(bytes))
        {
            return (null, "", "binary data, not text");
        }

        try
        {
            return Finish(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var text = Encoding.GetEncoding(1256).GetString(bytes);
            return ArabicScriptShare(text) >= 0.5
                ? Finish(text, "windows-1256")
                : (null, "", "not UTF-8, and not readable as windows-1256 Persian text either");
        }
    }

    private static (string? Text, string Charset, string? Error) Finish(string text, string charset) =>
        text.Length == 0 ? (null, charset, "empty input") : (text, charset, null);

    private static (Encoding Encoding, int Skip)? FromByteOrderMark(ReadOnlySpan<byte> b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    // UTF-16 without a mark: one byte of each pair is nearly always 0x00 (ASCII) or 0x06 (Arabic block).
    private static Encoding? Utf16Order(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenHigh = 0, oddHigh = 0, zeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenHigh += sample[i] is 0x00 or 0x06 or 0x20 ? 1 : 0;
            oddHigh += sample[i + 1] is 0x00 or 0x06 or 0x20 ? 1 : 0;
            zeros += (sample[i] == 0 ? 1 : 0) + (sample[i + 1] == 0 ? 1 : 0);
        }

        var pairs = sample.Length / 2;
        if (zeros < pairs / 10)
        {
            return null;
        }

        return oddHigh > pairs * 0.9 ? Encoding.Unicode : evenHigh > pairs * 0.9 ? Encoding.BigEndianUnicode : null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 65536)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            controls += b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B) ? 1 : 0;
        }

        return controls > sample.Length / 100;
    }

    private static double ArabicScriptShare(string text)
    {
        int letters = 0, arabic = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                arabic += c is >= '\u0600' and <= '\u06FF' ? 1 : 0;
            }
        }

        return letters == 0 ? 0 : (double)arabic / letters;
    }
}
