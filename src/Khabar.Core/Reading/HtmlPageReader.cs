using Khabar.Model;

namespace Khabar.Reading;

/// <summary>Reads one HTML file as one <c>text/html</c> page, its charset found by <see cref="PageDecoder"/>.</summary>
public sealed class HtmlPageReader(long maxBytes = TextPageReader.DefaultMaxBytes) : IPageReader
{
    /// <summary>The media type of the pages this reader makes.</summary>
    public const string MediaType = "text/html";

    /// <inheritdoc />
    public bool CanRead(InputItem item, ReadOnlySpan<byte> head)
    {
        if (FeedReader.IsFeed(head) || Sniff.StartsWith(head, "WARC/") || head is [(byte)'P', (byte)'K', 3, 4, ..] or [0x1F, 0x8B, ..])
        {
            return false;
        }

        return Sniff.NameEndsWith(item.Source, ".html", ".htm", ".xhtml", ".shtml")
            || Sniff.StartsWith(head, "<!doctype html") || Sniff.Contains(head, "<html") || Sniff.Contains(head, "<head")
            || Sniff.Contains(head, "<body");
    }

    /// <inheritdoc />
    public IEnumerable<PageResult> Read(InputItem item, Stream content)
    {
        var (bytes, error) = BoundedInput.Read(item, content, maxBytes);
        yield return bytes is null ? PageResult.Fail(item.Source, error!) : Decode(item.Source, bytes, null, Sniff.IsUrl(item.Source) ? item.Source : null);
    }

    /// <summary>An HTML page from bytes, with the charset a transport (HTTP, WARC) declared, if any.</summary>
    public static PageResult Decode(string source, byte[] bytes, string? transportCharset, string? url)
    {
        var (text, charset, error) = PageDecoder.Decode(bytes, transportCharset);
        return text is null
            ? PageResult.Fail(source, error ?? "not text")
            : PageResult.Ok(new Page(source, text, MediaType, charset) { Url = url });
    }
}
