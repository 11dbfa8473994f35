using System.Text;
using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>
/// Walks over the DOM by child index: a node's list of children is read once, never searched for the node's own
/// place (as sibling links are), and no filtered collection is built per element.
/// </summary>
internal static class Nodes
{
    [ThreadStatic]
    private static StringBuilder? builder;

    [ThreadStatic]
    private static Stack<INode>? pending;

    /// <summary>The elements under the root, the root left out, in document order.</summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            PushChildren(stack, element);
        }
    }

    /// <summary>
    /// The text of every text node under the element in document order, as <c>TextContent</c> gives it, built in one
    /// builder per thread without the parser's locked pool or a query over the descendants.
    /// </summary>
    public static string Text(IElement element)
    {
        var text = builder ??= new StringBuilder();
        var stack = pending ??= new Stack<INode>();
        text.Clear();
        stack.Clear();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        var result = text.ToString();
        if (text.Capacity > 65536)
        {
            (builder, pending) = (null, null);
        }

        return result;
    }

    /// <summary>How many of the node's children are elements.</summary>
    public static int ElementCount(INode node)
    {
        var (children, count) = (node.ChildNodes, 0);
        for (var i = 0; i < children.Length; i++)
        {
            count += children[i] is IElement ? 1 : 0;
        }

        return count;
    }

    // Children last to first, so the first comes off the stack first.
    private static void PushChildren(Stack<IElement> stack, INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }
}
