using System.Text;

namespace Khabar.Extraction.Html;

/// <summary>
/// Drops start and end tags nested deeper than a limit, and the bodies of scripts and styles, before the HTML
/// parser sees them. The parser caps the
/// tree's depth itself but takes quadratic time to do it (100,000 nested tags: most of a minute); one linear
/// pass here keeps hostile nesting cheap and leaves real pages, which never nest that deep, untouched.
/// </summary>
internal static class DepthLimiter
{
    /// <summary>Nesting allowed by the estimate; unclosed <c>p</c> and <c>li</c> tags make it run high, so it is generous.</summary>
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    /// <summary>The HTML with over-deep tags and script and style bodies removed; the same instance when nothing is.</summary>
    public static string Limit(string html)
    {
        StringBuilder? output = null;
        var depth = 0;
        var copiedTo = 0;
        var at = html.IndexOf('<');
        while (at >= 0 && at < html.Length - 1)
        {
            var (end, name, closing, selfClosing) = ReadTag(html, at);
            if (end < 0)
            {
                break;
            }

            // Comments carry nothing the extractor reads.
            var drop = name is null && string.CompareOrdinal(html, at, "<!--", 0, 4) == 0;
            if (name is not null && !Void.Contains(name) && !selfClosing)
            {
                drop = closing ? depth-- > MaxDepth : ++depth > MaxDepth;
                depth = Math.Max(depth, 0);
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedTo, at - copiedTo);
                copiedTo = end;
            }

            if (!closing && name is "script" or "style" or "textarea" or "title")
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                close = close < 0 ? html.Length : close;

                // Inline scripts and styles are often half the page and never article text: the parser is spared
                // them. JSON-LD stays, it carries the article's metadata.
                if (name is "script" or "style" && close > end && !html.AsSpan(at, end - at).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    output ??= new StringBuilder(html.Length);
                    output.Append(html, copiedTo, end - copiedTo);
                    copiedTo = close;
                }

                end = close;
            }

            at = end < html.Length ? html.IndexOf('<', end) : -1;
        }

        return output is null ? html : output.Append(html, copiedTo, html.Length - copiedTo).ToString();
    }

    // A tag from '<' to its '>': its lower-case name (null for comments and declarations) and its kind.
    private static (int End, string? Name, bool Closing, bool SelfClosing) ReadTag(string html, int at)
    {
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return (close < 0 ? html.Length : close + 3, null, false, false);
        }

        var closing = html[at + 1] == '/';
        var start = at + (closing ? 2 : 1);
        var stop = start;
        while (stop < html.Length && char.IsAsciiLetterOrDigit(html[stop]))
        {
            stop++;
        }

        if (stop == start)
        {
            // A "<" that opens no tag ("a < b", "<!doctype"): nothing to count.
            return (at + 1, null, false, false);
        }

        var gt = html.IndexOf('>', stop);
        if (gt < 0)
        {
            return (-1, null, false, false);
        }

        var name = stop - start <= 10 ? html.Substring(start, stop - start).ToLowerInvariant() : "x";
        return (gt + 1, name, closing, html[gt - 1] == '/');
    }
}
