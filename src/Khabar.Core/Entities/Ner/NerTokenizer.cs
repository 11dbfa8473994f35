using System.Globalization;

namespace Khabar.Entities.Ner;

/// <summary>A token of running text and where it is: [Start, End) in the text.</summary>
public readonly record struct TextToken(string Text, int Start, int End);

/// <summary>
/// Splits running Persian text into the tokens the tagger reads: words (with their half-spaces), numbers
/// (with their inner separators, as in <c>۱۴۰۳/۰۱/۱۱</c> or <c>۲٫۵</c>) and single punctuation marks.
/// </summary>
public static class NerTokenizer
{
    /// <summary>The tokens of a text with their character offsets.</summary>
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c) && !IsJoiner(c))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || IsInnerNumberMark(text, i)))
                {
                    i++;
                }

                var end = i;
                while (end > start && IsJoiner(text[end - 1]))
                {
                    end--;
                }

                tokens.Add(new TextToken(text[start..end], start, end));
                continue;
            }

            if (!char.IsWhiteSpace(c) && !IsJoiner(c) && !char.IsControl(c) && !IsInvisible(c))
            {
                var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new TextToken(text.Substring(i, width), i, i + width));
                i += width;
                continue;
            }

            i++;
        }

        return tokens;
    }

    // One bit per UTF-16 unit: whether it belongs to a word (see WordChar), read instead of asking Unicode each time.
    private static readonly ulong[] WordChars = BuildWordChars();

    private static bool IsWordChar(char c) => (WordChars[c >> 6] & (1UL << c)) != 0;

    private static bool WordChar(char c) =>
        char.IsLetterOrDigit(c) || IsJoiner(c) || c == '\u0640'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static ulong[] BuildWordChars()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (WordChar((char)c))
            {
                bits[c >> 6] |= 1UL << c;
            }
        }

        return bits;
    }

    private static bool IsJoiner(char c) => c is '\u200C' or '\u200D';

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD' or '\u2060';

    private static bool IsInnerNumberMark(string text, int i) =>
        text[i] is '.' or '/' or '٫' or '٬' or ',' or ':'
        && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
}
