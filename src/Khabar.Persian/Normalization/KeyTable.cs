using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Khabar.Persian.Normalization;

/// <summary>
/// Lexicon keys and their values in an open-addressing table keyed by the <see cref="KeyHashSet"/> hash of the key,
/// so a word whose hash was computed while the text was scanned costs one probe and one key comparison. A hash
/// match is always confirmed on the key itself, so the answer is exact. A Bloom filter small enough to stay in
/// the processor's cache answers most keys that are not there without touching the table.
/// </summary>
internal sealed class KeyTable<T>
    where T : class
{
    private readonly ulong[] hashes;
    private readonly string[] keys;
    private readonly T[] values;
    private readonly KeyBloom bloom;
    private readonly int shift;

    public KeyTable(IReadOnlyCollection<KeyValuePair<string, T>> pairs)
    {
        var log = 4;
        while (1L << log < 2L * pairs.Count)
        {
            log++;
        }

        hashes = new ulong[1 << log];
        keys = new string[1 << log];
        values = new T[1 << log];
        shift = 64 - log;
        bloom = new KeyBloom(pairs.Count);
        var mask = (1 << log) - 1;
        foreach (var (key, value) in pairs)
        {
            var hash = KeyHashSet.Hash(key) | 1;
            var slot = Slot(hash);
            while (hashes[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            hashes[slot] = hash;
            bloom.Add(hash);
            keys[slot] = key;
            values[slot] = value;
        }
    }

    /// <summary>False when no key has this <see cref="KeyHashSet"/> hash.</summary>
    public bool MayContain(ulong hash) => bloom.MayContain(hash | 1);

    /// <summary>The value of a key, or null.</summary>
    public T? Find(ReadOnlySpan<char> key) => Find(KeyHashSet.Hash(key), key);

    /// <summary>The value of a key whose <see cref="KeyHashSet"/> hash is given, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Find(ulong hash, ReadOnlySpan<char> key)
    {
        hash |= 1;
        if (!bloom.MayContain(hash))
        {
            return null;
        }

        var mask = hashes.Length - 1;
        ref var hashRef = ref MemoryMarshal.GetArrayDataReference(hashes);
        for (var slot = Slot(hash); ; slot = (slot + 1) & mask)
        {
            var stored = Unsafe.Add(ref hashRef, slot);
            if (stored == hash)
            {
                if (key.SequenceEqual(keys[slot]))
                {
                    return values[slot];
                }
            }
            else if (stored == 0)
            {
                return null;
            }
        }
    }

    private int Slot(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> shift);
}
