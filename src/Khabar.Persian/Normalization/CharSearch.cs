using System.Numerics;
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
    public static int IndexOfDigit(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                // ASCII digits, and Arabic-Indic ones moved onto the Persian range by setting two bits (which also
                // moves a few marks there: the exact test below rules them out).
                var hits = Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10))
                    | Vector256.LessThan((v | Vector256.Create((ushort)0x90)) - Vector256.Create((ushort)0x06F0), Vector256.Create((ushort)10));
                if (hits != Vector256<ushort>.Zero)
                {
                    var found = FirstDigit(text.Slice(i, Vector256<ushort>.Count));
                    if (found >= 0)
                    {
                        return i + found;
                    }
                }
            }
        }

        var rest = FirstDigit(text[i..]);
        return rest < 0 ? -1 : i + rest;
    }

    /// <summary>The index of the first punctuation mark the spacing pass acts on (<c>. : ! ( ) ، ؛ ؟ « »</c>), or -1.</summary>
    public static int IndexOfMark(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                var hits = Vector256.Equals(v, Vector256.Create((ushort)'.'))
                    | Vector256.Equals(v, Vector256.Create((ushort)':'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'!'))
                    | Vector256.Equals(v & Vector256.Create((ushort)0xFFFE), Vector256.Create((ushort)'('))
                    | Vector256.Equals(v, Vector256.Create((ushort)'\u060C'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'\u061B'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'\u061F'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'\u00AB'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'\u00BB'));
                if (hits != Vector256<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
                }
            }
        }

        var rest = FirstMark(text[i..]);
        return rest < 0 ? -1 : i + rest;
    }

    /// <summary>One of the marks <see cref="IndexOfMark"/> finds.</summary>
    public static bool IsMark(char c) => c is '.' or ':' or '!' or '(' or ')' or '\u060C' or '\u061B' or '\u061F' or '\u00AB' or '\u00BB';

    private static int FirstDigit(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (NumberRun.IsDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstMark(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsMark(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
