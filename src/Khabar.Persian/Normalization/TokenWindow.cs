namespace Khabar.Persian.Normalization;

/// <summary>
/// A stretch of text covering one or more words as a lexicon key with the boundaries observed in it, and the
/// writing of that stretch with chosen boundaries.
/// </summary>
internal static class TokenWindow
{
    /// <summary>The key of source[start..end] and its observed half-spaces and spaces; -1 when too long.</summary>
    public static int Key(ReadOnlySpan<char> source, Span<char> key, out ulong half, out ulong space)
    {
        half = space = 0;
        var length = 0;
        var pendingHalf = false;
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (c == ' ')
            {
                pendingSpace = true;
                continue;
            }

            if (c == ArabicScript.Zwnj)
            {
                pendingHalf = true;
                continue;
            }

            var k = ArabicScript.KeyFold(c);
            if (k == '\0')
            {
                continue;
            }

            if (length == key.Length)
            {
                return -1;
            }

            if (length > 0)
            {
                half |= pendingHalf && !pendingSpace ? 1UL << length : 0;
                space |= pendingSpace ? 1UL << length : 0;
            }

            pendingHalf = pendingSpace = false;
            key[length++] = k;
        }

        return length;
    }

    /// <summary>Writes source[start..end] with the given boundaries between its letters (in key positions).</summary>
    public static void Write(ReadOnlySpan<char> source, ulong half, ulong space, ref CharSink sink)
    {
        var index = 0;
        foreach (var c in source)
        {
            if (c is ' ' or ArabicScript.Zwnj)
            {
                continue;
            }

            if (ArabicScript.KeyFold(c) == '\0')
            {
                sink.Append(c);
                continue;
            }

            if (index > 0)
            {
                if ((half >> index & 1) != 0)
                {
                    sink.Append(ArabicScript.Zwnj);
                }
                else if ((space >> index & 1) != 0)
                {
                    sink.Append(' ');
                }
            }

            sink.Append(c);
            index++;
        }
    }
}
