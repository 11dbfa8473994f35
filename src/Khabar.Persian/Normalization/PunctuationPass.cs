namespace Khabar.Persian.Normalization;

/// <summary>
/// The spacing pass: no space before `. : ! ، ؛ ؟ » )`, none after `« (`, one after them before a Persian word.
/// Latin text, URLs, times and decimals are left alone.
/// </summary>
internal static class PunctuationPass
{
    public static void Run(ReadOnlySpan<char> source, ref CharSink sink)
    {
        var next = -1;
        for (var i = 0; i < source.Length; i++)
        {
            // Only the characters next to a punctuation mark can change: copy up to the one before the next mark
            // (found by one vectorized search, remembered until passed).
            if (next < i)
            {
                var found = CharSearch.IndexOfMark(source[i..]);
                next = found < 0 ? source.Length : i + found;
            }

            var bulk = next == source.Length ? next : next - 1;
            if (bulk > i && !IsMark(sink.Last))
            {
                sink.Append(source[i..bulk]);
                i = bulk;
                if (i == source.Length)
                {
                    break;
                }
            }

            var c = source[i];
            if (c == ' ' && DropSpace(source, i, sink.Last))
            {
                continue;
            }

            if (NeedsSpaceBefore(c, sink.Last))
            {
                sink.Append(' ');
            }

            sink.Append(c);
            if (i + 1 < source.Length && NeedsSpaceAfter(source, i))
            {
                sink.Append(' ');
            }
        }
    }

    /// <summary>True when the text has a character the pass may space around.</summary>
    public static bool Applies(ReadOnlySpan<char> text) => CharSearch.IndexOfMark(text) >= 0;

    private static bool IsMark(char c) => CharSearch.IsMark(c);

    private static bool IsCloser(char c) => c is '.' or ':' or '!' or '\u060C' or '\u061B' or '\u061F' or '\u00BB' or ')';

    private static bool IsPersianSide(char c) =>
        ArabicScript.IsLetter(c) || ArabicScript.IsMark(c) || NumberRun.IsDigit(c);

    private static bool DropSpace(ReadOnlySpan<char> source, int i, char before)
    {
        if (i + 1 >= source.Length)
        {
            return false;
        }

        var next = source[i + 1];
        if (before is '\u00AB' or '(')
        {
            return IsPersianSide(next) || (before == '\u00AB' && char.IsLetterOrDigit(next));
        }

        if (!IsCloser(next) || !(IsPersianSide(before) || before is '\u00BB' or ')'))
        {
            return false;
        }

        var after = i + 2 < source.Length ? source[i + 2] : ' ';
        return next switch
        {
            '.' => !char.IsLetterOrDigit(after) || IsPersianSide(after) && !NumberRun.IsDigit(after),
            ':' => !ArabicScript.IsLatin(after),
            _ => true,
        };
    }

    private static bool NeedsSpaceBefore(char c, char before) => c switch
    {
        '\u00AB' => IsPersianSide(before) || before is '\u00BB' or ')' or '\u060C' or '\u061B' or '!' or '\u061F',
        '(' => ArabicScript.IsLetter(before) || before == '\u00BB',
        _ => false,
    };

    private static bool NeedsSpaceAfter(ReadOnlySpan<char> source, int i)
    {
        var c = source[i];
        var next = source[i + 1];
        if (!IsCloser(c) || !(ArabicScript.IsLetter(next) || next == '\u00AB'))
        {
            return false;
        }

        return c switch
        {
            '.' => !IsAbbreviation(source, i),
            ')' => i == 0 || source[i - 1] != '(',
            _ => true,
        };
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> source, int dot) =>
        dot >= 1 && char.IsLetter(source[dot - 1]) && (dot == 1 || !char.IsLetter(source[dot - 2]));
}
