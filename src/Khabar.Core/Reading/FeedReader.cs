using System.Xml;
using System.Xml.Linq;
using Khabar.Model;

namespace Khabar.Reading;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes a page holding a <see cref="FeedItem"/>. XML is
/// read as a stream with DTDs ignored and entity expansion capped, so a broken feed keeps the items before the break.
/// </summary>
public sealed class FeedReader(long maxBytes = TextPageReader.DefaultMaxBytes) : IPageReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = 64L * 1024 * 1024, IgnoreComments = true, CheckCharacters = false,
    };

    /// <inheritdoc />
    public bool CanRead(InputItem item, ReadOnlySpan<byte> head) => IsFeed(head) || (Sniff.NameEndsWith(item.Source, ".rss", ".atom") && Sniff.StartsWith(head, "<?xml"));

    /// <summary>True when the first bytes are an XML feed's: an RSS, Atom or RDF root, and no HTML.</summary>
    public static bool IsFeed(ReadOnlySpan<byte> head) =>
        (Sniff.StartsWith(head, "<?xml") || Sniff.StartsWith(head, "<rss") || Sniff.StartsWith(head, "<feed") || Sniff.StartsWith(head, "<rdf"))
        && (Sniff.Contains(head, "<rss") || Sniff.Contains(head, "<feed") || Sniff.Contains(head, "<rdf:RDF"))
        && !Sniff.Contains(head, "<html");

    /// <summary>True when an HTTP body is a feed, by its first bytes or its declared media type.</summary>
    public static bool IsFeed(byte[] body, string? contentType) =>
        IsFeed(body.AsSpan(0, Math.Min(body.Length, HeadStream.HeadSize)))
        || contentType?.Split(';')[0].Trim().ToLowerInvariant() is "application/rss+xml" or "application/atom+xml";

    /// <inheritdoc />
    public IEnumerable<PageResult> Read(InputItem item, Stream content)
    {
        var (bytes, error) = BoundedInput.Read(item, content, maxBytes);
        var (text, _, decodeError) = bytes is null ? (null, "", error) : PageDecoder.Decode(bytes);
        if (text is null)
        {
            yield return PageResult.Fail(item.Source, decodeError ?? "not a feed");
            yield break;
        }

        using var reader = XmlReader.Create(new StringReader(text), Settings);
        var number = 0;
        string? feedTitle = null;
        while (true)
        {
            XElement? element = null;
            string? failure = null;
            try
            {
                element = NextItem(reader, ref feedTitle);
            }
            catch (XmlException e)
            {
                failure = $"broken feed after {number} items: {e.Message}";
            }

            if (failure is not null)
            {
                yield return PageResult.Fail(item.Source, failure);
                yield break;
            }

            if (element is null)
            {
                if (number == 0)
                {
                    yield return PageResult.Fail(item.Source, "no items in the feed");
                }

                yield break;
            }

            number++;
            var source = $"{item.Source}#item{number}";
            var feedItem = FeedItems.Read(element) with { FeedTitle = feedTitle };
            feedItem = feedItem with { Link = Resolve(feedItem.Link, item.Source) };
            yield return feedItem.Title is null && feedItem.Link is null && feedItem.Summary is null
                ? PageResult.Fail(source, "feed item with no title, link or text")
                : PageResult.Ok(new Page(source, feedItem.ToJson(), FeedItem.MediaType, "utf-8") { Url = feedItem.Link });
        }
    }

    // A relative item link ("/news/1") in a fetched feed points into the feed's own site.
    private static string? Resolve(string? link, string feedSource) =>
        link is not null && !Sniff.IsUrl(link) && Sniff.IsUrl(feedSource) && Uri.TryCreate(feedSource, UriKind.Absolute, out var feed)
        && Uri.TryCreate(feed, link, out var absolute)
            ? absolute.ToString()
            : link;

    // The next item or entry element; the channel's own title is remembered on the way.
    private static XElement? NextItem(XmlReader reader, ref string? feedTitle)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
            {
                return (XElement)XNode.ReadFrom(reader);
            }

            if (feedTitle is null && reader.NodeType == XmlNodeType.Element && reader.LocalName == "title" && reader.Depth <= 2)
            {
                feedTitle = reader.ReadElementContentAsString().Trim();
                continue;
            }

            reader.Read();
        }

        return null;
    }
}
