namespace Khabar.Persian.Normalization;

/// <summary>
/// Digits of one number written in the chosen script with the matching decimal and thousands separators;
/// numbers inside or next to Latin words, URLs and e-mail addresses are left as written.
/// </summary>
internal static class NumberRun
{
    /// <summary>True when the text has a digit of any script.</summary>
    public static bool Applies(ReadOnlySpan<char> text) => CharSearch.IndexOfDigit(text) >= 0;

    /// <summary>Copies the text with every number written in the script.</summary>
    public static void Pass(ReadOnlySpan<char> source, DigitScript script, ref CharSink sink) => Pass(source, script, ref sink, passWritten: true);

    /// <summary>The pass; with <paramref name="passWritten"/>, numbers already written in the script are copied in bulk
    /// with the text around them (the same output, faster).</summary>
    internal static void Pass(ReadOnlySpan<char> source, DigitScript script, ref CharSink sink, bool passWritten)
    {
        for (var i = 0; i < source.Length;)
        {
            var end = passWritten ? NextNumber(source, i, script) : Next(source, i);
            sink.Append(source[i..end]);
            i = end < source.Length ? Write(source, end, script, ref sink) : end;
        }
    }

    private static int Next(ReadOnlySpan<char> source, int from)
    {
        var found = CharSearch.IndexOfDigit(source[from..]);
        return found < 0 ? source.Length : from + found;
    }

    /// <summary>The start of the next number from <paramref name="from"/> that may be written differently, passing over
    /// numbers of digits already in the script and without separators.</summary>
    private static int NextNumber(ReadOnlySpan<char> source, int from, DigitScript script)
    {
        var zero = script switch { DigitScript.Persian => '\u06F0', DigitScript.Ascii => '0', _ => '\0' };
        for (var at = from; ; )
        {
            var start = Next(source, at);
            var end = start;
            while (end < source.Length && (uint)(source[end] - zero) <= 9)
            {
                end++;
            }

            if (end == start || (end < source.Length && (IsDigit(source[end]) || IsSeparator(source[end]))))
            {
                return start;
            }

            at = end;
        }
    }

    /// <summary>Writes the number that starts at <paramref name="start"/> and returns the index after it.</summary>
    public static int Write(ReadOnlySpan<char> source, int start, DigitScript script, ref CharSink sink)
    {
        var end = start;
        var dots = 0;
        var others = 0;
        while (end < source.Length)
        {
            if (IsDigit(source[end]))
            {
                end++;
            }
            else if (end + 1 < source.Length && IsSeparator(source[end]) && IsDigit(source[end + 1]))
            {
                dots += source[end] is '.' or '\u066B' ? 1 : 0;
                others += source[end] is ':' or '/' ? 1 : 0;
                end++;
            }
            else
            {
                break;
            }
        }

        if (script == DigitScript.Keep || InLatinWord(source, start, end))
        {
            sink.Append(source[start..end]);
            return end;
        }

        var zero = script == DigitScript.Persian ? '\u06F0' : '0';
        var decimalPoint = dots == 1 && others == 0;
        for (var i = start; i < end; i++)
        {
            var c = source[i];
            var value = Text.Digits.ValueOf(c);
            sink.Append(value >= 0 ? (char)(zero + value) : Separator(source, i, end, script, decimalPoint));
        }

        return end;
    }

    /// <summary>A digit of any of the three scripts.</summary>
    public static bool IsDigit(char c) => Text.Digits.ValueOf(c) >= 0;

    private static char Separator(ReadOnlySpan<char> source, int i, int end, DigitScript script, bool decimalPoint)
    {
        var c = source[i];
        var persian = script == DigitScript.Persian;
        return c switch
        {
            '.' when decimalPoint && persian => '\u066B',
            '\u066B' when !persian => '.',
            ',' when persian && IsThousandsGroup(source, i, end) => '\u066C',
            '\u066C' when !persian => ',',
            _ => c,
        };
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> source, int comma, int end)
    {
        var digits = 0;
        var i = comma + 1;
        while (i < end && IsDigit(source[i]))
        {
            digits++;
            i++;
        }

        return digits == 3 && (i == end || source[i] == ',');
    }

    private static bool IsSeparator(char c) => c is '.' or ',' or ':' or '/' or '\u066B' or '\u066C';

    private static bool InLatinWord(ReadOnlySpan<char> source, int start, int end)
    {
        var from = start;
        while (from > 0 && !char.IsWhiteSpace(source[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < source.Length && !char.IsWhiteSpace(source[to]))
        {
            to++;
        }

        foreach (var c in source[from..to])
        {
            if (ArabicScript.IsLatin(c) || c is '@' or '_' or '#' or '=' or '&')
            {
                return true;
            }
        }

        // A number between Latin words (iPhone 12, Windows 10 Pro) belongs to the Latin text.
        return (from >= 2 && source[from - 1] == ' ' && ArabicScript.IsLatin(source[from - 2]))
            || (to + 1 < source.Length && source[to] == ' ' && ArabicScript.IsLatin(source[to + 1]));
    }
}
