using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>Visible text and link text per element, furniture left out; one iterative pass over the whole DOM.</summary>
internal sealed class DomStats
{
    private readonly Dictionary<IElement, (int Text, int Link)> counts = [];

    private DomStats()
    {
    }

    /// <summary>Counts for every element under the root.</summary>
    public static DomStats Of(IElement root)
    {
        var stats = new DomStats();
        var stack = new Stack<(IElement Element, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, exit) = stack.Pop();
            if (!exit)
            {
                stack.Push((element, true));
                var children = element.ChildNodes;
                for (var i = 0; i < children.Length; i++)
                {
                    if (children[i] is IElement child && !Junk.IsJunk(child))
                    {
                        stack.Push((child, false));
                    }
                }

                continue;
            }

            int text = 0, link = 0;
            var nodes = element.ChildNodes;
            for (var i = 0; i < nodes.Length; i++)
            {
                var node = nodes[i];
                if (node is IText t)
                {
                    text += Letters(t.Data);
                }
                else if (node is IElement e && stats.counts.TryGetValue(e, out var inner))
                {
                    text += inner.Text;
                    link += inner.Link;
                }
            }

            stats.counts[element] = (text, element.LocalName == "a" ? text : link);
        }

        return stats;
    }

    /// <summary>True when the element is furniture or inside furniture (it was never counted).</summary>
    public bool IsHidden(IElement element) => !counts.ContainsKey(element);

    /// <summary>Letters and digits of visible text under the element.</summary>
    public int Text(IElement element) => counts.TryGetValue(element, out var c) ? c.Text : 0;

    /// <summary>Share of the element's text that is link text.</summary>
    public double LinkDensity(IElement element) =>
        counts.TryGetValue(element, out var c) && c.Text > 0 ? (double)c.Link / c.Text : 0;

    /// <summary>Letters and digits in a string: spaces and punctuation do not make a paragraph long.</summary>
    public static int Letters(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            n += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return n;
    }
}
