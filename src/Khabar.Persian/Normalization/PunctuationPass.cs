namespace Khabar.Persian.Normalization;

/// <summary>
/// The spacing pass: no space before `. : ! ، ؛ ؟ » )`, none after `« (`, one after them before a Persian word.
/// Latin text, URLs, times and decimals are left alone.
/// </summary>
internal static class PunctuationPass
{
    public static void Run(ReadOnlySpan<char> source, ref CharSink sink) => Run(source, ref sink, passSpaced: true);

    /// <summary>The pass; with <paramref name="passSpaced"/>, marks already spaced as it writes them are copied in bulk
    /// with the text around them (the same output, faster).</summary>
    internal static void Run(ReadOnlySpan<char> source, ref CharSink sink, bool passSpaced)
    {
        var next = -1;
        for (var i = 0; i < source.Length; i++)
        {
            // Only the characters next to a punctuation mark can change: copy up to the one before the next mark
            // that may change something (found by vectorized search, remembered until passed).
            if (next < i)
            {
                next = NextMark(source, i, passSpaced);
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

    /// <summary>The index of the next mark from <paramref name="from"/>, passing over those already spaced.</summary>
    private static int NextMark(ReadOnlySpan<char> source, int from, bool passSpaced)
    {
        for (var at = from; ; )
        {
            var found = CharSearch.IndexOfMark(source[at..]);
            if (found < 0)
            {
                return source.Length;
            }

            var mark = at + found;
            if (!passSpaced || !AlreadySpaced(source, mark))
            {
                return mark;
            }

            at = mark + 1;
        }
    }

    /// <summary>
    /// True for a mark the pass leaves as it is, with the characters beside it: a closing mark after a character
    /// other than a space or mark and before a space or line end (<c>X، Y</c>); an opening mark at the start or after
    /// a space or line end and before a character other than a space or mark (<c> «X</c>). The character before the
    /// next mark is still visited, so a space between two marks is judged as before.
    /// </summary>
    private static bool AlreadySpaced(ReadOnlySpan<char> source, int mark)
    {
        if (mark + 1 >= source.Length)
        {
            return false;
        }

        var after = source[mark + 1];
        if (source[mark] is '\u00AB' or '(')
        {
            return (mark == 0 || source[mark - 1] is ' ' or '\n') && after != ' ' && !IsMark(after);
        }

        var before = mark > 0 ? source[mark - 1] : ' ';
        return before != ' ' && !IsMark(before) && after is ' ' or '\n';
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
