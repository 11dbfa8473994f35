using System.Globalization;
using System.Text;
using Khabar.Persian.Text;

namespace Khabar.Persian.Dates;

/// <summary>
/// Splits text into numbers, words and symbols in one pass. Digits of any script become numbers; letters are
/// folded so Arabic and Persian spellings meet; spaces, no-break spaces, half-spaces, direction marks and their
/// HTML entities only separate tokens (so "یک‌شنبه" is two words that name lookups join again).
/// </summary>
internal static class DateTokenizer
{
    // Names are short; a longer letter run is kept as a word that matches nothing, without copying it.
    private const int LongestWord = 24;

    private static readonly string[] SpaceEntities =
        ["&nbsp;", "&#160;", "&#xa0;", "&zwnj;", "&#8204;", "&#x200c;", "&zwj;", "&lrm;", "&rlm;",
         "&thinsp;", "&ensp;", "&emsp;"];

    /// <summary>The tokens of the text, in order.</summary>
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>();
        var word = new StringBuilder(LongestWord);
        var space = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var spaceLength = IsSpace(c) ? 1 : c == '&' ? SpaceEntityLength(text, i) : 0;
            if (spaceLength > 0)
            {
                space = true;
                i += spaceLength;
                continue;
            }

            if (Digits.IsDigit(c))
            {
                i = ReadNumber(text, i, space, tokens);
            }
            else if (IsLetter(c))
            {
                i = ReadWord(text, i, space, tokens, word);
            }
            else if (IsMark(c))
            {
                // A stray diacritic or kashida outside a word carries nothing.
                i++;
                continue;
            }
            else
            {
                tokens.Add(new DateToken(DateTokenKind.Symbol, i, i + 1, space, null, NormalizeSymbol(c), 0, 0));
                i++;
            }

            space = false;
        }

        return tokens;
    }

    /// <summary>A letter as date names are keyed: Arabic forms folded to Persian, hamza seats dropped, lower case.</summary>
    public static char FoldLetter(char c) => TextTidy.Fold(c) switch
    {
        '\u0629' or '\u06C0' => '\u0647', // ة ۀ → ه
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627', // أ إ آ ٱ → ا
        '\u0624' => '\u0648', // ؤ → و
        var folded => char.ToLowerInvariant(folded),
    };

    /// <summary>True for a letter that can be part of a name.</summary>
    public static bool IsLetter(char c) => c != '\u0640' && char.IsLetter(c);

    /// <summary>True for a diacritic or kashida, which spelling variants add or drop inside a word.</summary>
    public static bool IsMark(char c) => c == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static int ReadNumber(string text, int start, bool space, List<DateToken> tokens)
    {
        var i = start;
        long value = 0;
        while (i < text.Length && Digits.ValueOf(text[i]) is var digit && digit >= 0)
        {
            if (i - start < DateToken.MaxValueDigits)
            {
                value = (value * 10) + digit;
            }

            i++;
        }

        var count = i - start;
        tokens.Add(new DateToken(DateTokenKind.Number, start, i, space, null, '\0', count,
            count <= DateToken.MaxValueDigits ? value : -1));
        return i;
    }

    private static int ReadWord(string text, int start, bool space, List<DateToken> tokens, StringBuilder word)
    {
        word.Clear();
        var i = start;
        while (i < text.Length && (IsLetter(text[i]) || IsMark(text[i])))
        {
            if (!IsMark(text[i]) && word.Length <= LongestWord)
            {
                word.Append(FoldLetter(text[i]));
            }

            i++;
        }

        var folded = word.Length <= LongestWord ? word.ToString() : string.Empty;
        tokens.Add(new DateToken(DateTokenKind.Word, start, i, space, folded, '\0', 0, 0));
        return i;
    }

    private static int SpaceEntityLength(string text, int index)
    {
        foreach (var entity in SpaceEntities)
        {
            if (text.AsSpan(index).StartsWith(entity, StringComparison.OrdinalIgnoreCase))
            {
                return entity.Length;
            }
        }

        return 0;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u200E'
        or '\u200F' or '\uFEFF' or '\u00AD' or '\u061C' or '\u00AC' or '\u2060'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    // Dashes and slashes come in several code points; dates use them interchangeably.
    private static char NormalizeSymbol(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
        '\u2044' or '\u2215' or '\uFF0F' or '\u060D' => '/',
        '\uFF1A' or '\uFE55' => ':',
        '\uFF0B' => '+',
        _ => c,
    };
}
