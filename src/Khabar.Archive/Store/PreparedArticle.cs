using Khabar.Model;

namespace Khabar.Archive.Store;

/// <summary>An article with what the store writes beside it: identity, content hash and JSON.</summary>
public sealed record PreparedArticle(Article Article, string Identity, string ContentHash, string Json)
{
    /// <summary>Computes identity, hash and JSON once (the hash is shared when the identity is the hash).</summary>
    public static PreparedArticle Of(Article article)
    {
        var hash = ArticleIdentity.ContentHash(article);
        return new PreparedArticle(article, ArticleIdentity.Of(article, _ => hash), hash, ArticleSerializer.Serialize(article));
    }
}
