using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Khabar.Persian.Normalization;

/// <summary>
/// Vectorized searches for the few characters the spacing and number passes act on, 16 characters at a time. The
/// library's general searches fall back to one character at a time for sets that mix scripts, and these run over
/// every text the normalizer sees.
/// </summary>
internal static class CharSearch
{
    /// <summary>The index of the first digit of any of the three scripts, or -1.</summary>
    public static int IndexOfDigit(ReadOnlySpan<char> text) => IndexOf<Digits>(text);

    /// <summary>The index of the first punctuation mark the spacing pass acts on (<c>. : ! ( ) ، ؛ ؟ « »</c>), or -1.</summary>
    public static int IndexOfMark(ReadOnlySpan<char> text) => IndexOf<Marks>(text);

    // The first character the test finds: blocks its vector filter passes over are skipped, the first block it
    // stops at is tested one character at a time (the filter may let a few others through), then the tail.
    private static int IndexOf<T>(ReadOnlySpan<char> text)
        where T : ICharTest
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                if (T.Filter(Vector256.LoadUnsafe(ref start, (nuint)i)) != Vector256<ushort>.Zero
                    && First<T>(text.Slice(i, Vector256<ushort>.Count)) is var found and >= 0)
                {
                    return i + found;
                }
            }
        }

        var rest = First<T>(text[i..]);
        return rest < 0 ? -1 : i + rest;
    }

    private static int First<T>(ReadOnlySpan<char> text)
        where T : ICharTest
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (T.Is(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private interface ICharTest
    {
        /// <summary>Set lanes for every character the test may find (and perhaps a few others).</summary>
        static abstract Vector256<ushort> Filter(Vector256<ushort> v);

        /// <summary>The exact test.</summary>
        static abstract bool Is(char c);
    }

    private readonly struct Digits : ICharTest
    {
        // ASCII digits, and Arabic-Indic ones moved onto the Persian range by setting two bits (which also moves a
        // few marks there: the exact test rules them out).
        public static Vector256<ushort> Filter(Vector256<ushort> v) =>
            Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10))
            | Vector256.LessThan((v | Vector256.Create((ushort)0x90)) - Vector256.Create((ushort)0x06F0), Vector256.Create((ushort)10));

        public static bool Is(char c) => NumberRun.IsDigit(c);
    }

    private readonly struct Marks : ICharTest
    {
        public static Vector256<ushort> Filter(Vector256<ushort> v) =>
            Vector256.Equals(v, Vector256.Create((ushort)'.'))
            | Vector256.Equals(v, Vector256.Create((ushort)':'))
            | Vector256.Equals(v, Vector256.Create((ushort)'!'))
            | Vector256.Equals(v & Vector256.Create((ushort)0xFFFE), Vector256.Create((ushort)'('))
            | Vector256.Equals(v, Vector256.Create((ushort)'\u060C'))
            | Vector256.Equals(v, Vector256.Create((ushort)'\u061B'))
            | Vector256.Equals(v, Vector256.Create((ushort)'\u061F'))
            | Vector256.Equals(v, Vector256.Create((ushort)'\u00AB'))
            | Vector256.Equals(v, Vector256.Create((ushort)'\u00BB'));

        public static bool Is(char c) => IsMark(c);
    }

    /// <summary>
    /// The index, from <paramref name="from"/> (at least 1) on, where whole 16-character blocks of the commonest
    /// characters of Persian text stop: the Persian letters, Persian digits, ASCII, <c>، ؛ ؟ « »</c>, a space not
    /// followed by another, and a half-space between two such letters. The character pass copies such a stretch
    /// as it is when all of these are plain under its options (<see cref="IsCommon"/>); it tests what follows one
    /// character at a time.
    /// </summary>
    public static int SkipCommon(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        if (!Vector256.IsHardwareAccelerated || from < 1)
        {
            return i;
        }

        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        for (; i + Vector256<ushort>.Count < text.Length; i += Vector256<ushort>.Count)
        {
            var v = Vector256.LoadUnsafe(ref start, (nuint)i);
            var next = Vector256.LoadUnsafe(ref start, (nuint)(i + 1));
            var common = CommonLetters(v)
                | Vector256.LessThan(v - Vector256.Create((ushort)0x20), Vector256.Create((ushort)(0x7F - 0x20)))
                | Vector256.LessThan(v - Vector256.Create((ushort)0x06F0), Vector256.Create((ushort)10))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u060C'))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u061B'))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u061F'))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u00AB'))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u00BB'));
            common &= ~(Vector256.Equals(v, Vector256.Create((ushort)' ')) & Vector256.Equals(next, Vector256.Create((ushort)' ')));
            if (common != Vector256<ushort>.AllBitsSet)
            {
                var halfSpaces = Vector256.Equals(v, Vector256.Create((ushort)ArabicScript.Zwnj));
                if (halfSpaces == Vector256<ushort>.Zero)
                {
                    break;
                }

                var previous = Vector256.LoadUnsafe(ref start, (nuint)(i - 1));
                common |= halfSpaces & CommonLetters(previous) & CommonLetters(next);
                if (common != Vector256<ushort>.AllBitsSet)
                {
                    break;
                }
            }
        }

        return i;
    }

    /// <summary>A character <see cref="SkipCommon"/> passes over (a half-space only between two common letters).</summary>
    public static bool IsCommon(char c) =>
        IsCommonLetter(c) || c is (>= ' ' and < '\u007F') or (>= '\u06F0' and <= '\u06F9') or '\u060C' or '\u061B' or '\u061F' or '\u00AB' or '\u00BB';

    /// <summary>A letter <see cref="SkipCommon"/> passes over.</summary>
    public static bool IsCommonLetter(char c) =>
        c is (>= '\u0621' and <= '\u063A') or '\u0641' or '\u0642' or (>= '\u0644' and <= '\u0648')
            or '\u067E' or '\u0686' or '\u0698' or '\u06A9' or '\u06AF' or '\u06CC';

    private static Vector256<ushort> CommonLetters(Vector256<ushort> v) =>
        Vector256.LessThan(v - Vector256.Create((ushort)0x0621), Vector256.Create((ushort)(0x063B - 0x0621)))
        | Vector256.LessThan(v - Vector256.Create((ushort)0x0641), Vector256.Create((ushort)2))
        | Vector256.LessThan(v - Vector256.Create((ushort)0x0644), Vector256.Create((ushort)5))
        | Vector256.Equals(v, Vector256.Create((ushort)0x067E))
        | Vector256.Equals(v, Vector256.Create((ushort)0x0686))
        | Vector256.Equals(v, Vector256.Create((ushort)0x0698))
        | Vector256.Equals(v, Vector256.Create((ushort)0x06A9))
        | Vector256.Equals(v, Vector256.Create((ushort)0x06AF))
        | Vector256.Equals(v, Vector256.Create((ushort)0x06CC));

    /// <summary>One of the marks <see cref="IndexOfMark"/> finds.</summary>
    public static bool IsMark(char c) => c is '.' or ':' or '!' or '(' or ')' or '\u060C' or '\u061B' or '\u061F' or '\u00AB' or '\u00BB';
}
