namespace Khabar.Reading;

/// <summary>Reads a stream whole, but never more than a limit: a page is small, an endless stream is refused.</summary>
public static class CappedReader
{
    /// <summary>The bytes, or null when the stream is longer than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The message for an input over the limit.</summary>
    public static string TooLarge(long length, long maxBytes) => length > 0
        ? $"too large: {length / 1048576.0:0.0} MB, over the {maxBytes / 1048576.0:0.#} MB limit for one page"
        : $"too large: over the {maxBytes / 1048576.0:0.#} MB limit for one page";
}
