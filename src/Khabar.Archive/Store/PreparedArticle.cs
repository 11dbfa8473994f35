using Khabar.Entities.Learning;
using Khabar.Model;

namespace Khabar.Archive.Store;

/// <summary>An article with what the store writes beside it: identity, content hash, JSON and what its entities teach.</summary>
public sealed record PreparedArticle(Article Article, string Identity, string ContentHash, string Json, IReadOnlyList<TaughtEntity> Taught)
{
    /// <summary>Computes identity, hash, JSON and lessons once (the hash is shared when the identity is the hash).</summary>
    public static PreparedArticle Of(Article article)
    {
        var hash = ArticleIdentity.ContentHash(article);
        return new PreparedArticle(article, ArticleIdentity.Of(article, _ => hash), hash, ArticleSerializer.Serialize(article),
            TaughtEntity.Of(article.Entities));
    }
}
