using System.Collections.Concurrent;
using Khabar.Extraction;
using Khabar.Extraction.Html;
using Khabar.Model;
using Khabar.Reading;

namespace Khabar.Fetching;

/// <summary>
/// <c>--follow</c>: a feed item whose link is a web address is fetched (politely, by the run's fetcher) and its page
/// extracted in full; the feed still lends what the page lacks (date, tags, title). When the page cannot be had or
/// holds no article, the item's stub stands in and <see cref="NotFollowed"/> says why, naming the item.
/// </summary>
public sealed class FeedPageFollower(HttpFetcher fetcher) : IArticleExtractor
{
    private readonly FeedItemExtractor stubs = new();
    private readonly HtmlArticleExtractor pages = new();

    /// <summary>Items whose page was not followed, with the reason; their stubs were given instead.</summary>
    public ConcurrentQueue<ItemError> NotFollowed { get; } = new();

    /// <inheritdoc />
    public bool CanExtract(Page page) => page.MediaType == FeedItem.MediaType && page.Url is { } url && Sniff.IsUrl(url);

    /// <inheritdoc />
    public ItemResult Extract(Page page)
    {
        var stub = stubs.Extract(page);
        var (followed, reason) = Follow(page.Source, page.Url!);
        if (followed is null)
        {
            NotFollowed.Enqueue(new ItemError(page.Source, $"page {page.Url} not followed: {reason}; " +
                (stub.Article is null ? "the feed item has no text either" : "the feed item's own text is kept")));
            return stub;
        }

        return ItemResult.Ok(stub.Article is { } item ? Merge(followed, item) with { Source = page.Source } : followed with { Source = page.Source });
    }

    private (Article? Article, string? Reason) Follow(string source, string link)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var url))
        {
            return (null, "not a valid URL");
        }

        var fetched = fetcher.Fetch(url);
        if (fetched.Error is { } error)
        {
            return (null, error);
        }

        var mediaType = fetched.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not (null or "text/html" or "application/xhtml+xml"))
        {
            return (null, $"not an HTML page ({mediaType})");
        }

        var read = HtmlPageReader.Decode(source, fetched.Body ?? [], Charsets.FromContentType(fetched.ContentType), fetched.Url.ToString());
        if (read.Page is not { } html)
        {
            return (null, read.Error!.Reason);
        }

        var extracted = pages.Extract(html);
        return (extracted.Article, extracted.Error?.Reason);
    }

    // The page is the article; the feed fills what the page does not say.
    private static Article Merge(Article page, Article item) => page with
    {
        Title = page.Title ?? item.Title,
        Published = page.Published ?? item.Published,
        PublishedText = page.PublishedText ?? item.PublishedText,
        NewsId = page.NewsId ?? item.NewsId,
        Agency = page.Agency ?? item.Agency,
        AgencyId = page.AgencyId ?? item.AgencyId,
        Desk = page.Desk ?? item.Desk,
        Tags = page.Tags.Count > 0 ? page.Tags : item.Tags,
    };
}
