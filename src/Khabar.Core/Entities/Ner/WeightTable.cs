using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Khabar.Entities.Ner;

/// <summary>
/// The model's weights by feature id: an open-addressing table (linear probing, at most half full) of
/// (id, row) pairs, one <c>ulong</c> per slot, over rows of 16 floats (32 for more than 16 tags) aligned to cache
/// lines, so that a lookup reads one slot and one line where a dictionary and unaligned rows read buckets, entries
/// and two lines.
/// </summary>
internal sealed class WeightTable
{
    /// <summary>The most tags a table holds.</summary>
    public const int MaxTags = 32;

    private const int Lanes = 16;
    private readonly int stride;

    private readonly ulong[] slots;
    private readonly int mask;
    private readonly float[] rows;
    private readonly int first;
    private const int ResolveBlock = 256;

    /// <summary>A table of the rows of <paramref name="weights"/> (<paramref name="tags"/> floats each) by feature id.</summary>
    public WeightTable(IReadOnlyDictionary<uint, int> index, float[] weights, int tags)
    {
        if (tags > MaxTags)
        {
            throw new ArgumentOutOfRangeException(nameof(tags), "too many tags for the weight table");
        }

        Tags = tags;
        stride = tags <= Lanes ? Lanes : MaxTags;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, index.Count * 2));
        slots = GC.AllocateArray<ulong>(capacity, pinned: true);
        mask = capacity - 1;
        // One spare row of zeros for unknown features, and room to start the rows on a 64-byte line.
        rows = GC.AllocateArray<float>((index.Count + 2) * stride, pinned: true);
        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(rows, 0);
        first = (int)((64 - (address & 63)) & 63) / sizeof(float);
        Ids = new uint[index.Count];
        Zero = index.Count;
        var next = 0;
        foreach (var (id, row) in index.OrderBy(p => p.Value))
        {
            weights.AsSpan(row * tags, tags).CopyTo(rows.AsSpan(first + next * stride, tags));
            Ids[next] = id;
            var h = Slot(id);
            while (slots[h] != 0)
            {
                h = (h + 1) & mask;
            }

            slots[h] = id | ((ulong)(uint)(next + 1) << 32);
            next++;
        }

        HugePages.Advise(slots);
        HugePages.Advise(rows);
    }

    /// <summary>The number of tags.</summary>
    public int Tags { get; }

    /// <summary>The feature id of each row.</summary>
    public uint[] Ids { get; }

    /// <summary>The row of zeros that unknown features resolve to.</summary>
    public int Zero { get; }

    /// <summary>The weights of a row, one per tag.</summary>
    public ReadOnlySpan<float> Row(int row) => rows.AsSpan(first + row * stride, Tags);

    /// <summary>
    /// Replaces each feature id by its row, or by the row of zeros when the id is unknown (adding zeros to a
    /// sum that starts at +0 changes nothing, so the sums are exactly those of a lookup that skips the id).
    /// </summary>
    public void Resolve(Span<uint> features)
    {
        Span<ulong> home = stackalloc ulong[ResolveBlock];
        for (var from = 0; from < features.Length; from += ResolveBlock)
        {
            var block = features.Slice(from, Math.Min(ResolveBlock, features.Length - from));
            // Each id's home slot is read first, with no branch on what was read, so that the cache misses overlap.
            for (var i = 0; i < block.Length; i++)
            {
                home[i] = slots[Slot(block[i])];
            }

            for (var i = 0; i < block.Length; i++)
            {
                block[i] = (uint)RowOf(block[i], home[i]);
            }
        }
    }

    /// <summary>The row of a feature id, or the row of zeros when the id is unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(uint id)
    {
        var h = Slot(id);
        return RowOf(id, slots[h]);
    }

    // The row of an id whose home slot holds `slot`, probing on from there.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RowOf(uint id, ulong slot)
    {
        var h = Slot(id);
        while (slot != 0)
        {
            if ((uint)slot == id)
            {
                return (int)(slot >> 32) - 1;
            }

            h = (h + 1) & mask;
            slot = slots[h];
        }

        return Zero;
    }

    /// <summary>The sum of the resolved rows, in order, written to <paramref name="sum"/> (one float per tag).</summary>
    /// <remarks>Every resolved row is one of the table's (an id's row or the row of zeros), so the rows are read without bounds checks.</remarks>
    public void Sum(ReadOnlySpan<uint> resolved, Span<float> sum)
    {
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rows), first);
        if (stride != Lanes)
        {
            SumWide(resolved, sum, ref start);
            return;
        }

        if (Vector512.IsHardwareAccelerated)
        {
            var v = Vector512<float>.Zero;
            foreach (var row in resolved)
            {
                v += Vector512.LoadUnsafe(ref start, (nuint)row * Lanes);
            }

            Store(v, sum);
            return;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var a = Vector256<float>.Zero;
            var b = Vector256<float>.Zero;
            foreach (var row in resolved)
            {
                var at = (nuint)row * Lanes;
                a += Vector256.LoadUnsafe(ref start, at);
                b += Vector256.LoadUnsafe(ref start, at + 8);
            }

            Store(Vector512.Create(a, b), sum);
            return;
        }

        sum[..Tags].Clear();
        var all = rows.AsSpan(first);
        foreach (var row in resolved)
        {
            var w = all.Slice((int)row * stride, Tags);
            for (var y = 0; y < w.Length; y++)
            {
                sum[y] += w[y];
            }
        }
    }

    // Rows of 32 floats, as two vectors of 16.
    private void SumWide(ReadOnlySpan<uint> resolved, Span<float> sum, ref float start)
    {
        var a = Vector512<float>.Zero;
        var b = Vector512<float>.Zero;
        foreach (var row in resolved)
        {
            var at = (nuint)row * MaxTags;
            a += Vector512.LoadUnsafe(ref start, at);
            b += Vector512.LoadUnsafe(ref start, at + Lanes);
        }

        Span<float> all = stackalloc float[MaxTags];
        a.CopyTo(all);
        b.CopyTo(all[Lanes..]);
        all[..Tags].CopyTo(sum);
    }

    private void Store(Vector512<float> lanes, Span<float> sum)
    {
        if (sum.Length >= Lanes)
        {
            lanes.CopyTo(sum);
            return;
        }

        Span<float> all = stackalloc float[Lanes];
        lanes.CopyTo(all);
        all[..Tags].CopyTo(sum);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(uint id) => (int)((id * 0x9E3779B1u) >> 7) & mask;
}
