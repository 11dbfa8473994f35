using System.Numerics;

namespace Khabar.Persian.Normalization;

/// <summary>
/// One way of writing a lexicon key: bit b of <see cref="HalfSpaces"/> or <see cref="Spaces"/> is set when the
/// boundary before key character b carries a half-space or a space; <see cref="Count"/> is how often it was seen.
/// </summary>
internal readonly record struct Spelling(ulong HalfSpaces, ulong Spaces, int Count)
{
    /// <summary>The longest key whose boundaries fit in the masks.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>True when this spelling could have been corrupted into the observed one.</summary>
    public bool Explains(ulong observedHalf, ulong observedSpace) =>
        (HalfSpaces & observedHalf) == observedHalf
        && (Spaces & ~observedSpace) == 0
        && (observedSpace & ~(Spaces | HalfSpaces)) == 0;

    /// <summary>The number of half-spaces this spelling adds to the observed one.</summary>
    public int Changes(ulong observedHalf) => BitOperations.PopCount(HalfSpaces & ~observedHalf);

    /// <summary>The spelling of a form: the key is the form without spaces and half-spaces.</summary>
    public static Spelling Parse(ReadOnlySpan<char> form, int count, Span<char> key, out int keyLength)
    {
        ulong half = 0, space = 0;
        keyLength = 0;
        foreach (var c in form)
        {
            if (c == ArabicScript.Zwnj)
            {
                half |= 1UL << keyLength;
            }
            else if (c == ' ')
            {
                space |= 1UL << keyLength;
            }
            else if (keyLength < key.Length)
            {
                key[keyLength++] = c;
            }
        }

        return new Spelling(half, space, count);
    }
}
