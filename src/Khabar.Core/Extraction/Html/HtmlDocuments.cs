using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Khabar.Extraction.Html;

/// <summary>Parses HTML with AngleSharp, no scripts run, no resources loaded, hostile nesting cut first.</summary>
internal static class HtmlDocuments
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false, IsKeepingSourceReferences = false };

    /// <summary>The document; the parser never throws on broken markup, it repairs it as browsers do.</summary>
    public static IHtmlDocument Parse(string html) => new HtmlParser(Options).ParseDocument(DepthLimiter.Limit(html));
}
