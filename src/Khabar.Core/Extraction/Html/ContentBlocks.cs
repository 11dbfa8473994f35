using AngleSharp.Dom;

namespace Khabar.Extraction.Html;

/// <summary>The text blocks of the content element and, for the generic finder, its siblings that read as text too.</summary>
internal static class ContentBlocks
{
    /// <summary>Blocks in document order.</summary>
    public static IEnumerable<TextBlock> Around(IElement content, DomStats stats, bool withSiblings)
    {
        if (!withSiblings || content.ParentElement is not { } parent)
        {
            return BlockText.Read(content);
        }

        var own = Math.Max(stats.Text(content), 1);
        var blocks = new List<TextBlock>();
        foreach (var sibling in parent.Children)
        {
            // A sibling paragraph of real text belongs to the article; a sibling list of links does not.
            if (sibling == content || (sibling.LocalName is "p" or "div" && !Junk.IsJunk(sibling)
                && stats.Text(sibling) >= Math.Min(80, own / 4) && stats.LinkDensity(sibling) < 0.25))
            {
                blocks.AddRange(BlockText.Read(sibling));
            }
        }

        return blocks;
    }
}
