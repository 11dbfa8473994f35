namespace Khabar.Model;

/// <summary>Decoded source text, before extraction. The origin is kept so errors and articles can name it.</summary>
/// <param name="Source">File path, <c>-</c> for standard input, or URL.</param>
/// <param name="Text">The whole page, decoded.</param>
/// <param name="MediaType">text/plain, text/html, …</param>
/// <param name="Encoding">The charset the bytes were decoded from.</param>
public sealed record Page(string Source, string Text, string MediaType, string Encoding)
{
    public string? Url { get; init; }
}
