using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>
/// The elements the metadata, headline and date readers look for, gathered in one walk over the document in
/// document order, each picked by the same selector a query would use (so they are the elements the query finds).
/// </summary>
internal sealed class PageIndex
{
    private static readonly CssSelectorParser Parser = new();

    private static readonly ISelector MetaSelector = Parse("meta");

    private static readonly ISelector JsonLdSelector = Parse("script[type='application/ld+json']");

    private static readonly ISelector CanonicalSelector = Parse("link[rel=canonical]");

    private static readonly ISelector HeadingSelector = Parse("h1");

    private static readonly ISelector TimeSelector = Parse("time");

    private PageIndex()
    {
    }

    /// <summary>The <c>meta</c> elements.</summary>
    public List<IElement> Metas { get; } = [];

    /// <summary>The JSON-LD scripts.</summary>
    public List<IElement> JsonLd { get; } = [];

    /// <summary>The first canonical link, if any.</summary>
    public IElement? Canonical { get; private set; }

    /// <summary>The <c>h1</c> elements.</summary>
    public List<IElement> Headings { get; } = [];

    /// <summary>The <c>time</c> elements.</summary>
    public List<IElement> Times { get; } = [];

    /// <summary>The index of the document.</summary>
    public static PageIndex Of(IDocument document)
    {
        var index = new PageIndex();
        if (document.DocumentElement is not { } root)
        {
            return index;
        }

        index.Add(root);
        foreach (var element in Nodes.Descendants(root))
        {
            index.Add(element);
        }

        return index;
    }

    // Only an element of the selector's own name can match a type selector; the selector then decides as a query would.
    private void Add(IElement element)
    {
        var name = element.LocalName;
        if (Is(name, "meta") && MetaSelector.Match(element, null))
        {
            Metas.Add(element);
        }
        else if (Is(name, "script") && JsonLdSelector.Match(element, null))
        {
            JsonLd.Add(element);
        }
        else if (Is(name, "link") && Canonical is null && CanonicalSelector.Match(element, null))
        {
            Canonical = element;
        }
        else if (Is(name, "h1") && HeadingSelector.Match(element, null))
        {
            Headings.Add(element);
        }
        else if (Is(name, "time") && TimeSelector.Match(element, null))
        {
            Times.Add(element);
        }
    }

    private static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    private static ISelector Parse(string selector) =>
        Parser.ParseSelector(selector) ?? throw new InvalidOperationException("bad selector: " + selector);
}
