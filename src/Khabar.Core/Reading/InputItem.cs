namespace Khabar.Reading;

/// <summary>One input to read: its name for messages and a way to open its bytes.</summary>
/// <param name="Source">File path, or <c>-</c> for standard input.</param>
/// <param name="Open">Opens the bytes; the caller disposes the stream.</param>
/// <param name="Length">The size in bytes when known before reading.</param>
public sealed record InputItem(string Source, Func<Stream> Open, long? Length)
{
    /// <summary>An input that could not even be opened; reading it reports the reason.</summary>
    public string? Problem { get; init; }

    /// <summary>A file on disk.</summary>
    public static InputItem FromFile(string path) =>
        new(path, () => File.OpenRead(path), new FileInfo(path).Length);

    /// <summary>An input that names something missing or unreadable.</summary>
    public static InputItem Missing(string source, string problem) =>
        new(source, () => Stream.Null, 0) { Problem = problem };
}
