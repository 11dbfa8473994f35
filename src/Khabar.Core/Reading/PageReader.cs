using Khabar.Model;

namespace Khabar.Reading;

/// <summary>Reads one input item into a decoded page, within a size limit, or says why it cannot.</summary>
public sealed class PageReader(long maxBytes = PageReader.DefaultMaxBytes)
{
    /// <summary>16 MiB: far above any news page, far below what would strain memory.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The page, or an error naming the item and the reason.</summary>
    public (Page? Page, ItemError? Error) Read(InputItem item)
    {
        if (item.Problem is { } problem)
        {
            return (null, new ItemError(item.Source, problem));
        }

        if (item.Length > maxBytes)
        {
            return (null, TooLarge(item.Source, item.Length.Value));
        }

        byte[] bytes;
        try
        {
            using var stream = item.Open();
            bytes = ReadCapped(stream, out var truncated);
            if (truncated)
            {
                return (null, TooLarge(item.Source, bytes.Length));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new ItemError(item.Source, "cannot read: " + e.Message));
        }

        var (text, charset, error) = TextDecoder.Decode(bytes);
        return text is null
            ? (null, new ItemError(item.Source, error ?? "not text"))
            : (new Page(item.Source, text, "text/plain", charset), null);
    }

    private byte[] ReadCapped(Stream stream, out bool truncated)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                truncated = true;
                return [];
            }
        }

        truncated = false;
        return buffer.ToArray();
    }

    private ItemError TooLarge(string source, long length) => new(
        source,
        length > 0
            ? $"too large: {length / 1048576.0:0.0} MB, over the {maxBytes / 1048576} MB limit for one page"
            : $"too large: over the {maxBytes / 1048576} MB limit for one page");
}
