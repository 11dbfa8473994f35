namespace Khabar.Persian.Text;

/// <summary>Persian (U+06F0–U+06F9), Arabic-Indic (U+0660–U+0669) and ASCII digits.</summary>
public static class Digits
{
    /// <summary>The value 0–9 of a digit in any of the three scripts, or -1.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        _ => -1,
    };

    /// <summary>True for a digit in any of the three scripts.</summary>
    public static bool IsDigit(char c) => ValueOf(c) >= 0;

    /// <summary>The text with every Persian and Arabic-Indic digit written as ASCII.</summary>
    public static string ToAscii(string text) => Map(text, '0');

    /// <summary>The text with every ASCII and Arabic-Indic digit written as a Persian digit.</summary>
    public static string ToPersian(string text) => Map(text, '\u06F0');

    private static string Map(string text, char zero)
    {
        var index = IndexOfForeignDigit(text, zero);
        if (index < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, zero, index), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.index; i < span.Length; i++)
            {
                var value = ValueOf(span[i]);
                if (value >= 0)
                {
                    span[i] = (char)(state.zero + value);
                }
            }
        });
    }

    private static int IndexOfForeignDigit(string text, char zero)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var value = ValueOf(text[i]);
            if (value >= 0 && text[i] != zero + value)
            {
                return i;
            }
        }

        return -1;
    }
}
