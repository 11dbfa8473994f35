using Khabar.Persian.Text;

namespace Khabar.Entities.Ner;

/// <summary>Hashes of a token's shape and of its half-space parts' keys, computed without building the strings.</summary>
internal static class TokenHashes
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary><c>FeatureHash.Of(TokenText.Shape(token))</c>.</summary>
    public static ulong Shape(string token)
    {
        var h = Offset;
        var last = '\0';
        var length = 0;
        foreach (var c in token)
        {
            var s = TokenText.ShapeOf(c);
            if (s != '\0' && (length == 0 || last != s))
            {
                h = (h ^ s) * Prime;
                last = s;
                length++;
            }

            if (length >= 6)
            {
                break;
            }
        }

        return h;
    }

    /// <summary>
    /// When the token has two or more parts (<see cref="TokenText.Parts"/>), the hashes of the first and last
    /// parts' keys (<c>FeatureHash.Of(TokenText.Key(part))</c>); else false.
    /// </summary>
    public static bool FirstAndLastPart(string token, out ulong first, out ulong last)
    {
        first = last = 0;
        var parts = 0;
        var start = 0;
        for (var i = 0; i <= token.Length; i++)
        {
            if (i < token.Length && !IsPartBreak(token[i]))
            {
                continue;
            }

            if (i > start)
            {
                var hash = KeyHash(token.AsSpan(start, i - start));
                if (parts == 0)
                {
                    first = hash;
                }

                last = hash;
                parts++;
            }

            start = i + 1;
        }

        return parts > 1;
    }

    /// <summary><c>FeatureHash.Of(TokenText.Key(part))</c>: the folded characters, or the raw ones when none is kept.</summary>
    public static ulong KeyHash(ReadOnlySpan<char> part)
    {
        var h = Offset;
        var kept = 0;
        foreach (var raw in part)
        {
            var c = TokenText.FoldKeyChar(raw);
            if (c != '\0')
            {
                h = (h ^ c) * Prime;
                kept++;
            }
        }

        return kept > 0 ? h : FeatureHash.Of(part);
    }

    private static bool IsPartBreak(char c) => c is TextTidy.HalfSpace or ' ' or '\u200E' or '\u200F';
}
