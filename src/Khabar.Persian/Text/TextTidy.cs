using System.Text;

namespace Khabar.Persian.Text;

/// <summary>
/// Light clean-up of one line or paragraph: Arabic letter variants to Persian, invisible marks and no-break
/// spaces cleaned, whitespace collapsed and trimmed. Half-space repair is the normalizer's job, not this one's.
/// </summary>
public static class TextTidy
{
    public const char HalfSpace = '\u200C';

    /// <summary>The tidied text; text that needs nothing comes back as the same instance.</summary>
    public static string Tidy(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (c is '\u200E' or '\u200F' or '¬')
            {
                // Scrapers and some datasets write a half-space as a direction mark or a negation sign.
                c = IsLetterAt(text, i - 1) && IsLetterAt(text, i + 1) ? HalfSpace : '\0';
            }

            if (c == '\0' || IsInvisible(c))
            {
                continue;
            }

            if (c == HalfSpace && (pendingSpace || builder.Length == 0 || builder[^1] == HalfSpace))
            {
                continue;
            }

            if (pendingSpace)
            {
                if (builder[^1] == HalfSpace)
                {
                    builder.Length--;
                }

                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        if (builder.Length > 0 && builder[^1] == HalfSpace)
        {
            builder.Length--;
        }

        return builder.Length == text.Length && builder.Equals(text.AsSpan()) ? text : builder.ToString();
    }

    /// <summary>Arabic letter variants folded to the Persian letters.</summary>
    public static char Fold(char c) => c switch
    {
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        _ => c,
    };

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/>, without its call into the culture tables for ASCII and the Arabic
    /// block, which has no case.
    /// </summary>
    public static char Lower(char c) =>
        c < '\u0080' ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : c is >= '\u0600' and <= '\u06FF' ? c : char.ToLowerInvariant(c);

    /// <summary><see cref="string.ToLowerInvariant"/>, returning the text itself when no character changes.</summary>
    public static string Lower(string text)
    {
        foreach (var c in text)
        {
            if (Lower(c) != c)
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }

    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\r' or '\n' or '\u00A0' or '\u202F' or '\u2007' or '\u205F' or '\u3000'
        || (c >= '\u2000' && c <= '\u200A');

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200D' or '\uFEFF' or '\u00AD' or '\u2060'
        or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069';

    private static bool IsLetterAt(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetter(text[index]);
}
