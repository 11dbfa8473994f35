using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Khabar.Persian.Normalization;

/// <summary>
/// Lexicon keys and their values in an open-addressing table keyed by the <see cref="KeyHashSet"/> hash of the key,
/// so a word whose hash was computed while the text was scanned costs one probe and one key comparison. A hash
/// match is always confirmed on the key itself, so the answer is exact. A Bloom filter small enough to stay in
/// the processor's cache answers most keys that are not there without touching the table. Each slot holds the
/// hash, the value and the place of its key in one array of all the keys' letters (in the order the pairs are
/// given, so that frequent keys given first share cache lines), so a lookup reads few cache lines.
/// </summary>
internal sealed class KeyTable<T>
    where T : class
{
    private readonly Slot[] slots;
    private readonly char[] letters;
    private readonly KeyBloom bloom;
    private readonly int shift;

    public KeyTable(IReadOnlyCollection<KeyValuePair<string, T>> pairs)
    {
        var log = 4;
        while (1L << log < 2L * pairs.Count)
        {
            log++;
        }

        slots = new Slot[1 << log];
        letters = new char[pairs.Sum(p => p.Key.Length)];
        shift = 64 - log;
        bloom = new KeyBloom(pairs.Count);
        var mask = (1 << log) - 1;
        var used = 0;
        foreach (var (key, value) in pairs)
        {
            var hash = KeyHashSet.Hash(key) | 1;
            var slot = SlotOf(hash);
            while (slots[slot].Hash != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(hash, used, key.Length, value);
            key.CopyTo(letters.AsSpan(used));
            used += key.Length;
            bloom.Add(hash);
        }
    }

    /// <summary>False when no key has this <see cref="KeyHashSet"/> hash.</summary>
    public bool MayContain(ulong hash) => bloom.MayContain(hash | 1);

    /// <summary>The value of a key, or null.</summary>
    public T? Find(ReadOnlySpan<char> key) => Find(KeyHashSet.Hash(key), key);

    /// <summary>The value of the key made of two parts, or null; the parts are not copied together.</summary>
    public T? Find(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var hash = KeyHashSet.Hash(right, KeyHashSet.Hash(left)) | 1;
        if (!bloom.MayContain(hash))
        {
            return null;
        }

        var mask = slots.Length - 1;
        for (var slot = SlotOf(hash); slots[slot].Hash != 0; slot = (slot + 1) & mask)
        {
            var stored = slots[slot];
            if (stored.Hash == hash && stored.Length == left.Length + right.Length
                && left.SequenceEqual(letters.AsSpan(stored.Start, left.Length))
                && right.SequenceEqual(letters.AsSpan(stored.Start + left.Length, right.Length)))
            {
                return stored.Value;
            }
        }

        return null;
    }

    /// <summary>The value of a key whose <see cref="KeyHashSet"/> hash is given, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Find(ulong hash, ReadOnlySpan<char> key)
    {
        hash |= 1;
        if (!bloom.MayContain(hash))
        {
            return null;
        }

        var mask = slots.Length - 1;
        ref var first = ref MemoryMarshal.GetArrayDataReference(slots);
        for (var slot = SlotOf(hash); ; slot = (slot + 1) & mask)
        {
            ref var stored = ref Unsafe.Add(ref first, slot);
            if (stored.Hash == hash)
            {
                if (stored.Length == key.Length && key.SequenceEqual(letters.AsSpan(stored.Start, stored.Length)))
                {
                    return stored.Value;
                }
            }
            else if (stored.Hash == 0)
            {
                return null;
            }
        }
    }

    private int SlotOf(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>A key's hash (0 for an empty slot), where its letters are, and its value.</summary>
    private readonly record struct Slot(ulong Hash, int Start, int Length, T Value);
}
