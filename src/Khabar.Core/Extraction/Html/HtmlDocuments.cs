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
        if (DepthLimiter.Kept(html) is not { } kept)
        {
            return read(current.ParseDocument(html));
        }

        var length = kept.Sum(k => k.Length);
        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            DepthLimiter.Copy(html, kept, buffer);
            return read(current.ParseDocument(buffer, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
