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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidLookup = Void.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The parts of the HTML to keep, as (start, length) in order, over-deep tags and script and style bodies left
    /// out, added to <paramref name="kept"/> (empty on entry); false, with nothing added, when all of it is kept.
    /// </summary>
    public static bool Kept(string html, List<(int Start, int Length)> kept)
    {
        var dropped = false;
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
            var tag = html.AsSpan(name.Start, name.Length);
            var drop = name.Length == 0 && string.CompareOrdinal(html, at, "<!--", 0, 4) == 0;
            if (name.Length > 0 && !VoidLookup.Contains(tag) && !selfClosing)
            {
                drop = closing ? depth-- > MaxDepth : ++depth > MaxDepth;
                depth = Math.Max(depth, 0);
            }

            if (drop)
            {
                dropped = true;
                kept.Add((copiedTo, at - copiedTo));
                copiedTo = end;
            }

            if (!closing && RawText(tag) is { } closer)
            {
                var close = html.IndexOf(closer, end, StringComparison.OrdinalIgnoreCase);
                close = close < 0 ? html.Length : close;

                // Inline scripts and styles are often half the page and never article text: the parser is spared
                // them. JSON-LD stays, it carries the article's metadata.
                if (closer is "</script" or "</style" && close > end && !html.AsSpan(at, end - at).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    dropped = true;
                    kept.Add((copiedTo, end - copiedTo));
                    copiedTo = close;
                }

                end = close;
            }

            at = end < html.Length ? html.IndexOf('<', end) : -1;
        }

        if (dropped)
        {
            kept.Add((copiedTo, html.Length - copiedTo));
        }

        return dropped;
    }

    /// <summary>Copies the kept parts one after another into the target.</summary>
    public static void Copy(string html, List<(int Start, int Length)> kept, Span<char> target)
    {
        foreach (var (start, length) in kept)
        {
            html.AsSpan(start, length).CopyTo(target);
            target = target[length..];
        }
    }

    // Elements whose text the parser reads raw, and the end tag that closes them.
    private static string? RawText(ReadOnlySpan<char> tag) =>
        tag.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script"
        : tag.Equals("style", StringComparison.OrdinalIgnoreCase) ? "</style"
        : tag.Equals("textarea", StringComparison.OrdinalIgnoreCase) ? "</textarea"
        : tag.Equals("title", StringComparison.OrdinalIgnoreCase) ? "</title"
        : null;

    // A tag from '<' to its '>': its lower-case name (null for comments and declarations) and its kind.
    private static (int End, (int Start, int Length) Name, bool Closing, bool SelfClosing) ReadTag(string html, int at)
    {
        if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return (close < 0 ? html.Length : close + 3, (at, 0), false, false);
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
            return (at + 1, (at, 0), false, false);
        }

        var gt = html.IndexOf('>', stop);
        if (gt < 0)
        {
            return (-1, (at, 0), false, false);
        }

        // A name longer than any the limiter knows stands for an ordinary element.
        var name = stop - start <= 10 ? (start, stop - start) : (start, 1);
        return (gt + 1, name, closing, html[gt - 1] == '/');
    }
}
