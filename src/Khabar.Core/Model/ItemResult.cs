namespace Khabar.Model;

/// <summary>What one input item became: an article or an error, never both.</summary>
public sealed record ItemResult
{
    private ItemResult(Article? article, ItemError? error) => (Article, Error) = (article, error);

    public Article? Article { get; }

    public ItemError? Error { get; }

    public static ItemResult Ok(Article article) => new(article, null);

    public static ItemResult Fail(string source, string reason) => new(null, new ItemError(source, reason));
}
