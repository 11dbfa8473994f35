namespace Khabar.Cli.Commands;

/// <summary>
/// Article text made safe to print for people: a control character (escape sequences that could move the cursor,
/// recolour or retitle a terminal, line breaks that could fake another result) becomes U+FFFD. Half-spaces,
/// direction marks and every printable character stay as they are.
/// </summary>
internal static class TerminalText
{
    private const char Replacement = '\uFFFD';

    /// <summary>The text with its control characters replaced; null stays null.</summary>
    public static string? Safe(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAnyInRange('\0', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? Replacement : source[i];
            }
        });
    }
}
