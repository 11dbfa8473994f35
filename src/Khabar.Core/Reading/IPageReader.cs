using Khabar.Model;

namespace Khabar.Reading;

/// <summary>
/// One reader per container format: turns an input's bytes into pages (one for a page file, many for a feed,
/// archive or JSON Lines file). A bad part becomes an error for that part; the reader goes on with the rest.
/// </summary>
public interface IPageReader
{
    /// <summary>True when this reader reads the input, judged by its name and its first bytes.</summary>
    bool CanRead(InputItem item, ReadOnlySpan<byte> head);

    /// <summary>The pages in the input, and errors for the parts that could not be read.</summary>
    IEnumerable<PageResult> Read(InputItem item, Stream content);
}
