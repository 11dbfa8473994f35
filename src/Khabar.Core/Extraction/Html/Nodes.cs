using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>
/// Walks over the DOM by child index: a node's list of children is read once, never searched for the node's own
/// place (as sibling links are), and no filtered collection is built per element.
/// </summary>
internal static class Nodes
{
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
