using System.Buffers;

namespace Khabar.Persian.Normalization;

/// <summary>
/// The affix statistics' answers for the words of one text, worked out once: the damage estimate asks twice and
/// the writer once more. Arrays are rented; dispose to return them.
/// </summary>
internal sealed class AffixSites(AffixRepair affixes, int words) : IDisposable
{
    private readonly double[] joins = Rent(words);
    private readonly double[] splits = Rent(words);
    private readonly ulong[] cuts = ArrayPool<ulong>.Shared.Rent(words + 1);

    /// <summary>The share of words written with a half-space between word <paramref name="i"/> and the next.</summary>
    public double Join(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, int i)
    {
        if (double.IsNaN(joins[i]))
        {
            Span<char> pair = stackalloc char[Spelling.MaxKeyLength];
            joins[i] = affixes.JoinShare(source, words[i], words[i + 1], pair, out _, out _);
        }

        return joins[i];
    }

    /// <summary>The half-spaces unknown glued word <paramref name="i"/> most likely had, and the share written so.</summary>
    public ulong Split(ReadOnlySpan<char> key, int i, out double share)
    {
        if (double.IsNaN(splits[i]))
        {
            cuts[i] = affixes.SplitCuts(key, out splits[i], out _);
        }

        share = splits[i];
        return cuts[i];
    }

    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(joins);
        ArrayPool<double>.Shared.Return(splits);
        ArrayPool<ulong>.Shared.Return(cuts);
    }

    private static double[] Rent(int words)
    {
        var array = ArrayPool<double>.Shared.Rent(words + 1);
        array.AsSpan().Fill(double.NaN);
        return array;
    }
}
