using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>
/// Finds the article body on a page no profile knows: paragraphs score their ancestors by length and commas
/// (Latin and Persian), candidates lose by link density and by furniture-like names, and the best one wins.
/// </summary>
internal static class GenericContent
{
    private const int MinParagraphLetters = 25;

    // Elements that may hold a paragraph of their own; tried in document order.
    private static readonly HashSet<string> Paragraphs = ["p", "pre", "td", "blockquote", "div", "section", "article", "li"];

    private static readonly string[] GoodNames = ["article", "body", "content", "entry", "main", "story", "text", "news", "post", "detail", "matn", "khabar"];

    /// <summary>The element holding the article text, or null when the page has no paragraph of text.</summary>
    public static IElement? Find(IElement body, DomStats stats)
    {
        var scores = new Dictionary<IElement, double>();
        var pending = new Stack<INode>();
        foreach (var paragraph in Nodes.Descendants(body))
        {
            if (!Paragraphs.Contains(paragraph.LocalName))
            {
                continue;
            }

            var (own, commas) = OwnText(paragraph, pending);
            if (own < MinParagraphLetters || stats.IsHidden(paragraph))
            {
                continue;
            }

            var score = 1 + commas + Math.Min(own / 100.0, 3);
            var ancestor = paragraph.ParentElement;
            for (var level = 0; level < 3 && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                scores[ancestor] = scores.GetValueOrDefault(ancestor) + score / (level == 0 ? 1 : level * 2);
            }

            if (paragraph.LocalName is "div" or "td" or "section" or "article")
            {
                scores[paragraph] = scores.GetValueOrDefault(paragraph) + score;
            }
        }

        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, raw) in scores)
        {
            var score = raw * (1 - stats.LinkDensity(element)) + NameWeight(element);
            if (score > bestScore)
            {
                (best, bestScore) = (element, score);
            }
        }

        return best;
    }

    // Letters and commas in the element's own text and inline children: a div full of divs is not a paragraph.
    // The stack is only a work list, empty between calls; one serves the whole page.
    private static (int Letters, int Commas) OwnText(IElement element, Stack<INode> pending)
    {
        int letters = 0, commas = 0;
        void Count(string text)
        {
            letters += DomStats.Letters(text);
            commas += text.AsSpan().Count(',') + text.AsSpan().Count('،') + text.AsSpan().Count('؛');
        }

        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IText t)
            {
                Count(t.Data);
            }
            else if (children[i] is IElement e && e.LocalName is "a" or "b" or "strong" or "span" or "em" or "i" or "font" or "u")
            {
                // The counts of the element's text are the sums over its text nodes (in any order): no string of it
                // is built.
                pending.Push(e);
                while (pending.Count > 0)
                {
                    var inner = pending.Pop().ChildNodes;
                    for (var j = 0; j < inner.Length; j++)
                    {
                        if (inner[j] is IText text)
                        {
                            Count(text.Data);
                        }
                        else
                        {
                            pending.Push(inner[j]);
                        }
                    }
                }
            }
        }

        return (letters, commas);
    }

    private static double NameWeight(IElement element)
    {
        var names = ((element.ClassName ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
        var weight = element.LocalName is "article" or "main" ? 10 : 0;
        weight += GoodNames.Any(n => names.Contains(n, StringComparison.Ordinal)) ? 15 : 0;
        weight -= Junk.HasJunkName(element.ClassName) || Junk.HasJunkName(element.Id) ? 25 : 0;
        return weight;
    }
}
