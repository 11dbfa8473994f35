namespace Khabar.Reading;

/// <summary>Reads one input's bytes within a size limit, or says why it cannot.</summary>
public static class BoundedInput
{
    /// <summary>The bytes, or the error for the item.</summary>
    public static (byte[]? Bytes, string? Error) Read(InputItem item, Stream content, long maxBytes)
    {
        if (item.Length > maxBytes)
        {
            return (null, CappedReader.TooLarge(item.Length.Value, maxBytes));
        }

        return CappedReader.ReadAll(content, maxBytes) is { } bytes ? (bytes, null) : (null, CappedReader.TooLarge(0, maxBytes));
    }
}
