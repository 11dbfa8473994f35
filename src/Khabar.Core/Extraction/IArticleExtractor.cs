using Khabar.Model;

namespace Khabar.Extraction;

/// <summary>Turns one decoded page into an article with the page's own strings, or an error for that page.</summary>
public interface IArticleExtractor
{
    /// <summary>True when this extractor reads pages of this kind.</summary>
    bool CanExtract(Page page);

    /// <summary>The article, or an error naming the page and the reason.</summary>
    ItemResult Extract(Page page);
}
