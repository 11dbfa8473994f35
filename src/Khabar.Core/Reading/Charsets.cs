using System.Text;

namespace Khabar.Reading;

/// <summary>Charset names as pages and servers write them, turned into encodings .NET can decode.</summary>
public static class Charsets
{
    static Charsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding a declared name means, or null when the name is unknown or not usable for a page.</summary>
    public static Encoding? Find(string? name)
    {
        var clean = name?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(clean) || clean.Length > 40)
        {
            return null;
        }

        // Aliases browsers accept that .NET does not know by these names.
        clean = clean switch
        {
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "cp1256" or "win-1256" or "windows1256" or "x-cp1256" => "windows-1256",
            "arabic" or "iso88596" or "iso-8859-6-i" or "iso-8859-6-e" => "iso-8859-6",
            "latin1" or "iso-8859-1" or "us-ascii" or "ascii" => "windows-1252",
            _ => clean,
        };

        try
        {
            var encoding = Encoding.GetEncoding(clean);
            // A page in UTF-16/32 is found by its bytes, never by a declaration inside those bytes.
            return encoding.CodePage is 1200 or 1201 or 12000 or 12001 ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True for UTF-8 under any of its names.</summary>
    public static bool IsUtf8(Encoding? encoding) => encoding?.CodePage == 65001;

    /// <summary>The charset parameter of a Content-Type value, e.g. <c>text/html; charset=windows-1256</c>.</summary>
    public static string? FromContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = contentType.AsSpan(at + 7).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].Trim().Trim('"').Trim('\'');
        var end = rest.IndexOfAny(";, \"'");
        return (end >= 0 ? rest[..end] : rest).ToString() is { Length: > 0 } value ? value : null;
    }
}
