using System.Text;
using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>One paragraph of text from the DOM, with how much of it was link text.</summary>
internal sealed record TextBlock(string Text, int LinkChars)
{
    /// <summary>Share of the paragraph's characters that sit inside links.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>
/// Turns an element into paragraphs: block elements and line breaks end a paragraph, furniture is skipped, and
/// text is kept as written (half-spaces included). Walks with its own stack, so no nesting depth can overflow it.
/// </summary>
internal static class BlockText
{
    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
        "tbody", "thead", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "header", "figure", "address",
        "center", "hr", "br", "body", "html",
    ];

    /// <summary>The paragraphs under the element; <paramref name="skip"/> may veto more elements than furniture.</summary>
    public static List<TextBlock> Read(IElement root, Func<IElement, bool>? skip = null)
    {
        var blocks = new List<TextBlock>();
        var text = new StringBuilder();
        var linkChars = 0;
        var linkDepth = 0;
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText textNode)
            {
                var before = text.Length;
                AppendCollapsed(text, textNode.Data);
                linkChars += linkDepth > 0 ? text.Length - before : 0;
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (exit)
            {
                linkDepth -= element.LocalName == "a" ? 1 : 0;
                if (Blocks.Contains(element.LocalName))
                {
                    Flush(blocks, text, ref linkChars);
                }

                continue;
            }

            if (element != root && (Junk.IsJunk(element) || skip?.Invoke(element) == true))
            {
                continue;
            }

            if (Blocks.Contains(element.LocalName))
            {
                Flush(blocks, text, ref linkChars);
            }

            linkDepth += element.LocalName == "a" ? 1 : 0;
            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        Flush(blocks, text, ref linkChars);
        return blocks;
    }

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static void Flush(List<TextBlock> blocks, StringBuilder text, ref int linkChars)
    {
        var paragraph = text.ToString().Trim();
        if (paragraph.Length > 0)
        {
            blocks.Add(new TextBlock(paragraph, Math.Min(linkChars, paragraph.Length)));
        }

        text.Clear();
        linkChars = 0;
    }
}
