using System.Text;
using Khabar.Persian.Text;

namespace Khabar.Entities.Ner;

/// <summary>
/// Token-level normalization for the tagger: one key per spelling variant, so that <c>می‌شود</c>, <c>میشود</c>
/// and PEYMA's <c>می شود</c>, Arabic <c>ي ك</c>, kashida and diacritics all meet. Replaceable by the shared
/// normalizer once it lands; the key must then be rebuilt with the model.
/// </summary>
public static class TokenText
{
    /// <summary>The lookup key of a token: folded letters, no kashida, diacritics or half-spaces, digits as 0.</summary>
    public static string Key(string token) => Folded(token, keepDigits: false);

    // The token with every character folded (digits as 0, or as their ASCII digit), the unchanged prefix copied once.
    private static string Folded(string token, bool keepDigits)
    {
        var same = 0;
        while (same < token.Length && token[same] != '\0' && Fold(token[same], keepDigits) == token[same])
        {
            same++;
        }

        if (same == token.Length)
        {
            return token;
        }

        var builder = new StringBuilder(token.Length);
        builder.Append(token, 0, same);
        for (var i = same; i < token.Length; i++)
        {
            if (Fold(token[i], keepDigits) is var c && c != '\0')
            {
                builder.Append(c);
            }
        }

        return builder.Length == 0 ? token : builder.ToString();
    }

    private static char Fold(char raw, bool keepDigits) =>
        keepDigits && Digits.ValueOf(TextTidy.Fold(raw)) is var digit and >= 0 ? (char)('0' + digit) : FoldKeyChar(raw);

    /// <summary>
    /// The key of a token as a word of an entity's name: as <see cref="Key"/>, but digits stay, written as ASCII
    /// digits (<c>منطقه ۲۲</c> and <c>منطقه ۱۲</c>, <c>سال ۲۰۱۹</c> and <c>سال ۱۳۹۷</c> are two names), and a hamza
    /// after alef, which names are written with and without, is dropped (<c>علاءالدین</c> is <c>علاالدین</c>,
    /// <c>ضیاء</c> <c>ضیا</c>).
    /// </summary>
    public static string NameKey(string token)
    {
        var key = Folded(token, keepDigits: true);
        return key.Contains(AlefHamza, StringComparison.Ordinal) ? key.Replace(AlefHamza, "\u0627", StringComparison.Ordinal) : key;
    }

    private const string AlefHamza = "\u0627\u0621";

    /// <summary>The parts of a token split at half-spaces (and at spaces, as PEYMA writes half-spaces).</summary>
    public static string[] Parts(string token) =>
        token.Split([TextTidy.HalfSpace, ' ', '\u200E', '\u200F'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A token as read from a corpus: spaces inside it were half-spaces.</summary>
    public static string Clean(string token)
    {
        var trimmed = token.Trim();
        return trimmed.Contains(' ') ? string.Join(TextTidy.HalfSpace, trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : trimmed;
    }

    /// <summary>A coarse shape: letter scripts, digits and punctuation, with repeats collapsed.</summary>
    public static string Shape(string token)
    {
        var builder = new StringBuilder(8);
        foreach (var c in token)
        {
            var s = ShapeOf(c);
            if (s != '\0' && (builder.Length == 0 || builder[^1] != s))
            {
                builder.Append(s);
            }

            if (builder.Length >= 6)
            {
                break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The key character for one input character, or '\0' to drop it.</summary>
    internal static char FoldKeyChar(char raw)
    {
        var c = TextTidy.Fold(raw);
        if (Digits.ValueOf(c) >= 0)
        {
            return '0';
        }

        return c switch
        {
            '\u0640' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or ' ' or '\u00A0' or '\u200B' or '\uFEFF' => '\0',
            >= '\u064B' and <= '\u065F' => '\0',
            '\u0670' => '\0',
            '\u0623' or '\u0625' or '\u0671' => '\u0627',
            '\u0624' => '\u0648',
            '\u0629' or '\u06C0' => '\u0647',
            '\u06CC' or '\u0626' => '\u06CC',
            _ => TextTidy.Lower(c),
        };
    }

    internal static char ShapeOf(char c) => c switch
    {
        _ when Digits.ValueOf(c) >= 0 => 'd',
        '\u200C' or ' ' => '_',
        '\u0640' => '\0',
        >= '\u0600' and <= '\u06FF' when char.IsLetter(c) => 'f',
        _ when char.IsUpper(c) => 'A',
        _ when char.IsLetter(c) => 'a',
        _ when char.IsPunctuation(c) || char.IsSymbol(c) => c,
        _ => 'x',
    };
}
