using System.Buffers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Khabar.Extraction.Html;

/// <summary>Parses HTML with AngleSharp, no scripts run, no resources loaded, hostile nesting cut first.</summary>
internal static class HtmlDocuments
{
    // ShouldEmitAttribute (to skip unread attributes) is left unset on purpose: with it the parser copies its input
    // into a new large array per page, and the collections that causes cost more than the attributes do.
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false, IsKeepingSourceReferences = false, SkipComments = true, DisableElementPositionTracking = true,
    };

    // A parser builds its browsing context once; one per thread, as a parser is not meant to be shared.
    [ThreadStatic]
    private static HtmlParser? parser;

    // The depth limiter's list of kept parts, reused page after page on a thread (dropped when a page made it large).
    [ThreadStatic]
    private static List<(int Start, int Length)>? keptParts;

    // The default context also watches attributes as elements are built: class lists kept live, stylesheet links
    // resolved into relations, base and frame URLs parsed. Nothing here reads those (attributes are read as written,
    // class selectors build their lists on demand), and without the watcher parsing does a seventh less work.
    private static IBrowsingContext Context() => BrowsingContext.New(Configuration.Default.Without<IAttributeObserver>());

    /// <summary>
    /// Parses the HTML (the parser never throws on broken markup, it repairs it as browsers do) and reads the
    /// document with <paramref name="read"/>, which must keep nothing of the document (its result holds strings
    /// only). The text the parser sees is built in a pooled buffer, so a page costs no large-object allocation of
    /// its own, and the buffer goes back to the pool when reading is done.
    /// </summary>
    public static T Read<T>(string html, Func<IHtmlDocument, T> read)
    {
        var current = parser ??= new HtmlParser(Options, Context());
        var kept = keptParts ?? [];
        keptParts = null;
        if (!DepthLimiter.Kept(html, kept))
        {
            Keep(kept);
            return read(current.ParseDocument(html));
        }

        var length = 0;
        foreach (var part in kept)
        {
            length += part.Length;
        }

        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            // The parts are copied out before reading, so the list is free again even if reading parses more HTML.
            DepthLimiter.Copy(html, kept, buffer);
            Keep(kept);
            return read(current.ParseDocument(buffer, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static void Keep(List<(int Start, int Length)> kept)
    {
        kept.Clear();
        keptParts = kept.Capacity <= 4096 ? kept : null;
    }
}
