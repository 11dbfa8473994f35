using System.Security.Cryptography;
using System.Text;
using Khabar.Extraction;
using Khabar.Model;

namespace Khabar.Archive.Store;

/// <summary>
/// What makes two articles the same one: agency and news id, else the URL, else the normalized content, so
/// ingesting an article again updates it instead of adding a copy.
/// </summary>
public static class ArticleIdentity
{
    /// <summary>The identity key of the article.</summary>
    public static string Of(Article article) => Of(article, ContentHash);

    /// <summary>The identity key, given the content hash (computed only when the identity needs it).</summary>
    public static string Of(Article article, Func<Article, string> contentHash)
    {
        var agency = article.AgencyId ?? (article.Agency is { } name ? PersianKey.Of(name) : null);
        if (agency is not null && article.NewsId is { } newsId)
        {
            return $"news:{agency}:{newsId}";
        }

        if (article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            return $"url:{host.ToLowerInvariant()}{uri.PathAndQuery}";
        }

        return "hash:" + contentHash(article);
    }

    /// <summary>A hash of the article's text that ignores spacing, half-spaces, letter variants and punctuation.</summary>
    public static string ContentHash(Article article)
    {
        var text = new StringBuilder();
        foreach (var part in new[] { article.Title, article.Lead }.Concat(article.Paragraphs))
        {
            if (part is not null)
            {
                text.Append(PersianKey.Of(part)).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
