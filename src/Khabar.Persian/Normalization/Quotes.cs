namespace Khabar.Persian.Normalization;

/// <summary>Paired double quotes around Persian text written as guillemets «…», one line at a time.</summary>
internal static class Quotes
{
    public static void ToGuillemets(Span<char> text)
    {
        var start = text.IndexOfAny('"', '\u201C', '\u201D') < 0 ? text.Length : 0;
        while (start < text.Length)
        {
            var end = text[start..].IndexOf('\n');
            end = end < 0 ? text.Length : start + end;
            Line(text[start..end]);
            start = end + 1;
        }
    }

    private static void Line(Span<char> line)
    {
        if (line.IndexOfAny('"', '\u201C', '\u201D') < 0 || !HasPersian(line))
        {
            return;
        }

        var straight = line.Count('"');
        var open = true;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\u201C':
                    line[i] = '\u00AB';
                    break;
                case '\u201D':
                    line[i] = '\u00BB';
                    break;
                case '"' when straight % 2 == 0:
                    line[i] = open ? '\u00AB' : '\u00BB';
                    open = !open;
                    break;
            }
        }
    }

    private static bool HasPersian(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (ArabicScript.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
