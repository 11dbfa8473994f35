namespace Khabar.Persian.Normalization;

/// <summary>
/// A blocked Bloom filter over <see cref="KeyHashSet"/> key hashes: two bits per key, both in the same 64-bit word,
/// in a bit array small enough to stay in the processor's cache, so most words are ruled out with one read.
/// </summary>
internal sealed class KeyBloom
{
    private readonly ulong[] bits;
    private readonly int shift;

    public KeyBloom(int count)
    {
        var log = 10;
        while (1L << log < 16L * count)
        {
            log++;
        }

        bits = new ulong[(1 << log) / 64];
        shift = 64 - log;
    }

    /// <summary>Adds a key's hash.</summary>
    public void Add(ulong hash)
    {
        var (word, mask) = Position(hash);
        bits[word] |= mask;
    }

    /// <summary>False when the key was certainly never added.</summary>
    public bool MayContain(ulong hash)
    {
        var (word, mask) = Position(hash);
        return (bits[word] & mask) == mask;
    }

    private (int Word, ulong Mask) Position(ulong hash)
    {
        var mixed = (hash | 1) * 0x9E3779B97F4A7C15UL;
        return ((int)(mixed >> shift) >> 6, (1UL << (int)(mixed & 63)) | (1UL << (int)((mixed >> 6) & 63)));
    }
}
