namespace Khabar.Reading;

/// <summary>Reads one input as one scraped-text page, within a size limit; the fallback for any input.</summary>
public sealed class TextPageReader(long maxBytes = TextPageReader.DefaultMaxBytes) : IPageReader
{
    /// <summary>16 MiB: far above any news page, far below what would strain memory.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <inheritdoc />
    public bool CanRead(InputItem item, ReadOnlySpan<byte> head) => true;

    /// <inheritdoc />
    public IEnumerable<PageResult> Read(InputItem item, Stream content)
    {
        if (item.Length > maxBytes)
        {
            yield return PageResult.Fail(item.Source, CappedReader.TooLarge(item.Length.Value, maxBytes));
            yield break;
        }

        var bytes = CappedReader.ReadAll(content, maxBytes);
        if (bytes is null)
        {
            yield return PageResult.Fail(item.Source, CappedReader.TooLarge(0, maxBytes));
            yield break;
        }

        var (text, charset, error) = TextDecoder.Decode(bytes);
        yield return text is null
            ? PageResult.Fail(item.Source, error ?? "not text")
            : PageResult.Ok(new Model.Page(item.Source, text, "text/plain", charset));
    }
}
