using System.Text;
using System.Text.RegularExpressions;

namespace Khabar.Reading;

/// <summary>
/// Finds the charset a document declares about itself: <c>&lt;meta charset&gt;</c>, <c>http-equiv</c> Content-Type
/// anywhere in the head (not only the first 1,024 bytes browsers look at: khabaronline declares it later), or an
/// XML declaration's encoding.
/// </summary>
public static partial class DeclaredCharset
{
    /// <summary>How far into the document a declaration is looked for; heads with big inline scripts run long.</summary>
    public const int ScanBytes = 256 * 1024;

    /// <summary>The declared charset name, or null.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps each byte to one char, so ASCII markup is found whatever the real charset is.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, ScanBytes)]);
        var xml = XmlDeclaration().Match(head);
        if (xml.Success && xml.Index < 8)
        {
            return xml.Groups["cs"].Value;
        }

        var end = head.IndexOf("</head", StringComparison.OrdinalIgnoreCase);
        var scope = end > 0 ? head[..end] : head;
        foreach (Match meta in MetaTag().Matches(scope))
        {
            var tag = meta.Value;
            var direct = MetaCharset().Match(tag);
            if (direct.Success)
            {
                return direct.Groups["cs"].Value;
            }

            if (tag.Contains("http-equiv", StringComparison.OrdinalIgnoreCase)
                && tag.Contains("content-type", StringComparison.OrdinalIgnoreCase)
                && Charsets.FromContentType(tag) is { } fromContent)
            {
                return fromContent;
            }
        }

        return null;
    }

    [GeneratedRegex(@"<meta\s[^>]{0,1000}>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"\scharset\s*=\s*[""']?(?<cs>[\w.:-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"<\?xml[^>]{0,200}encoding\s*=\s*[""'](?<cs>[\w.:-]{1,40})[""']", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex XmlDeclaration();
}
