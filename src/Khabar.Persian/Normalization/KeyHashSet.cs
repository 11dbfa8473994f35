namespace Khabar.Persian.Normalization;

/// <summary>
/// A small open-addressing set of 64-bit key hashes with a few flag bits each, for checking words against a
/// word list with the hash computed while the text is scanned. A hit may (very rarely) be a collision, so it
/// is a filter in front of an exact lookup, never an answer on its own.
/// </summary>
internal sealed class KeyHashSet
{
    private readonly ulong[] hashes;
    private readonly byte[] flags;
    private readonly int mask;

    public KeyHashSet(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        hashes = new ulong[size];
        flags = new byte[size];
        mask = size - 1;
    }

    /// <summary>The FNV-1a hash of a key, continuing from <paramref name="hash"/> (the hash of what came before).</summary>
    public static ulong Hash(ReadOnlySpan<char> key, ulong hash = Offset)
    {
        foreach (var c in key)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    /// <summary>The FNV-1a start value. Hashes are stored with the lowest bit set, so 0 marks an empty slot.</summary>
    public const ulong Offset = 14695981039346656037UL;

    /// <summary>One FNV-1a step.</summary>
    public static ulong Step(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

    /// <summary>Adds flag bits to a key.</summary>
    public void Add(ReadOnlySpan<char> key, byte flag)
    {
        var hash = Hash(key) | 1;
        var slot = (int)(hash & (uint)mask);
        while (hashes[slot] != 0 && hashes[slot] != hash)
        {
            slot = (slot + 1) & mask;
        }

        hashes[slot] = hash;
        flags[slot] |= flag;
    }

    /// <summary>The flag bits of a key's hash, or 0.</summary>
    public byte Get(ulong hash)
    {
        hash |= 1;
        var slot = (int)(hash & (uint)mask);
        while (hashes[slot] != 0)
        {
            if (hashes[slot] == hash)
            {
                return flags[slot];
            }

            slot = (slot + 1) & mask;
        }

        return 0;
    }
}
