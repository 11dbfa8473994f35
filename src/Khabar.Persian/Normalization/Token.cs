using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Khabar.Persian.Normalization;

/// <summary>
/// A Persian word in the text; <see cref="Linked"/> when only one space separates it from the word before,
/// <see cref="Plain"/> when it is its own lexicon key (no half-space, mark or letter variant in it); <see cref="Hash"/>
/// is the <see cref="KeyHashSet"/> hash of its key.
/// </summary>
internal readonly record struct Token(int Start, int End, bool Linked, bool Plain, ulong Hash)
{
    private static readonly byte[] Classes = BuildClasses();
    private static readonly char[] Keys = BuildKeys();

    /// <summary>Fills <paramref name="tokens"/> with the words of the text and returns them.</summary>
    public static ReadOnlySpan<Token> Find(ReadOnlySpan<char> text, Token[] tokens)
    {
        // The two 64K tables are indexed by a char, so every index is in range: read them without bounds checks.
        ref var classes = ref MemoryMarshal.GetArrayDataReference(Classes);
        ref var keys = ref MemoryMarshal.GetArrayDataReference(Keys);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var first = text[i];
            if (Unsafe.Add(ref classes, first) == 0 || !ArabicScript.IsLetter(first))
            {
                i++;
                continue;
            }

            var start = i;
            var plain = true;
            var hash = KeyHashSet.Offset;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                var cls = Unsafe.Add(ref classes, c);
                if (cls == 1)
                {
                    hash = KeyHashSet.Step(hash, c);
                }
                else if (cls == 0)
                {
                    break;
                }
                else
                {
                    plain = false;
                    var k = Unsafe.Add(ref keys, c);
                    hash = k == '\0' ? hash : KeyHashSet.Step(hash, k);
                }
            }

            var end = i;
            while (text[end - 1] == ArabicScript.Zwnj)
            {
                end--;
            }

            var linked = count > 0 && start == tokens[count - 1].End + 1 && text[start - 1] == ' ';
            tokens[count++] = new Token(start, end, linked, plain, hash);
        }

        return tokens.AsSpan(0, count);
    }

    /// <summary>The key hash of this word continued over the key of <paramref name="next"/>: the hash of the two as one key.</summary>
    public static ulong Continue(ulong hash, ReadOnlySpan<char> next)
    {
        foreach (var c in next)
        {
            hash = Classes[c] == 1 ? KeyHashSet.Step(hash, c) : Keys[c] == '\0' ? hash : KeyHashSet.Step(hash, Keys[c]);
        }

        return hash;
    }

    /// <summary>How many words from <paramref name="index"/> on are linked into one run, at most <paramref name="max"/>.</summary>
    public static int RunLength(ReadOnlySpan<Token> words, int index, int max)
    {
        var n = 1;
        while (n < max && index + n < words.Length && words[index + n].Linked)
        {
            n++;
        }

        return n;
    }

    /// <summary>Every word character as the lexicon key spells it, or '\0' when the key leaves it out.</summary>
    private static char[] BuildKeys()
    {
        var keys = new char[65536];
        for (var c = 0; c < keys.Length; c++)
        {
            keys[c] = c == ArabicScript.Zwnj ? '\0' : ArabicScript.KeyFold((char)c);
        }

        return keys;
    }

    /// <summary>0 outside words, 1 for a letter that is its own key, 2 for another word character.</summary>
    private static byte[] BuildClasses()
    {
        var classes = new byte[65536];
        for (var c = 0; c < classes.Length; c++)
        {
            var ch = (char)c;
            if (ArabicScript.IsWordChar(ch))
            {
                classes[c] = (byte)(ArabicScript.IsLetter(ch) && ArabicScript.KeyFold(ch) == ch ? 1 : 2);
            }
        }

        return classes;
    }
}
