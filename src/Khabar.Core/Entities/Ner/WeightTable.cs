using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Khabar.Entities.Ner;

/// <summary>
/// The model's weights by feature id: an open-addressing table (linear probing, at most half full) of
/// (id, row) pairs, one <c>ulong</c> per slot, over rows of 16 floats aligned to cache lines, so that a lookup
/// reads one slot and one line where a dictionary and unaligned rows read buckets, entries and two lines.
/// </summary>
internal sealed class WeightTable
{
    /// <summary>Floats per row.</summary>
    public const int Stride = 16;

    private readonly ulong[] slots;
    private readonly int mask;
    private readonly float[] rows;
    private readonly int first;

    /// <summary>A table of the rows of <paramref name="weights"/> (<paramref name="tags"/> floats each) by feature id.</summary>
    public WeightTable(IReadOnlyDictionary<uint, int> index, float[] weights, int tags)
    {
        if (tags > Stride)
        {
            throw new ArgumentOutOfRangeException(nameof(tags), "too many tags for the weight table");
        }

        Tags = tags;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, index.Count * 2));
        slots = new ulong[capacity];
        mask = capacity - 1;
        // One spare row of zeros for unknown features, and room to start the rows on a 64-byte line.
        rows = GC.AllocateArray<float>((index.Count + 2) * Stride, pinned: true);
        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(rows, 0);
        first = (int)((64 - (address & 63)) & 63) / sizeof(float);
        Ids = new uint[index.Count];
        Zero = index.Count;
        var next = 0;
        foreach (var (id, row) in index.OrderBy(p => p.Value))
        {
            weights.AsSpan(row * tags, tags).CopyTo(rows.AsSpan(first + next * Stride, tags));
            Ids[next] = id;
            var h = Slot(id);
            while (slots[h] != 0)
            {
                h = (h + 1) & mask;
            }

            slots[h] = id | ((ulong)(uint)(next + 1) << 32);
            next++;
        }
    }

    /// <summary>The number of tags.</summary>
    public int Tags { get; }

    /// <summary>The feature id of each row.</summary>
    public uint[] Ids { get; }

    /// <summary>The row of zeros that unknown features resolve to.</summary>
    public int Zero { get; }

    /// <summary>The weights of a row, one per tag.</summary>
    public ReadOnlySpan<float> Row(int row) => rows.AsSpan(first + row * Stride, Tags);

    /// <summary>
    /// Replaces each feature id by its row, or by the row of zeros when the id is unknown (adding zeros to a
    /// sum that starts at +0 changes nothing, so the sums are exactly those of a lookup that skips the id).
    /// </summary>
    public void Resolve(Span<uint> features)
    {
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = (uint)RowOf(features[i]);
        }
    }

    /// <summary>The row of a feature id, or the row of zeros when the id is unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(uint id)
    {
        var h = Slot(id);
        while (slots[h] is var slot && slot != 0)
        {
            if ((uint)slot == id)
            {
                return (int)(slot >> 32) - 1;
            }

            h = (h + 1) & mask;
        }

        return Zero;
    }

    /// <summary>The sum of the resolved rows, in order, written to <paramref name="sum"/> (one float per tag).</summary>
    public void Sum(ReadOnlySpan<uint> resolved, Span<float> sum)
    {
        var all = rows.AsSpan(first);
        if (Vector256.IsHardwareAccelerated)
        {
            var a = Vector256<float>.Zero;
            var b = Vector256<float>.Zero;
            foreach (var row in resolved)
            {
                var w = all.Slice((int)row * Stride, Stride);
                a += Vector256.Create<float>(w);
                b += Vector256.Create<float>(w[8..]);
            }

            Span<float> lanes = stackalloc float[Stride];
            a.CopyTo(lanes);
            b.CopyTo(lanes[8..]);
            lanes[..Tags].CopyTo(sum);
            return;
        }

        sum[..Tags].Clear();
        foreach (var row in resolved)
        {
            var w = all.Slice((int)row * Stride, Tags);
            for (var y = 0; y < w.Length; y++)
            {
                sum[y] += w[y];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(uint id) => (int)((id * 0x9E3779B1u) >> 7) & mask;
}
