namespace Khabar.Persian.Normalization;

/// <summary>
/// The affix statistics' answers for the words of one text, worked out once: the damage estimate asks twice and
/// the writer once more. The arrays are the scratch's.
/// </summary>
internal readonly ref struct AffixSites(AffixRepair affixes, WordKeys keys, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, RepairScratch scratch)
{
    private readonly double[] joins = Unknown(scratch.Joins(words.Length + 1), words.Length + 1);
    private readonly double[] splits = Unknown(scratch.Splits(words.Length + 1), words.Length + 1);
    private readonly ulong[] cuts = scratch.Cuts(words.Length + 1);
    private readonly ReadOnlySpan<Token> words = words;
    private readonly ReadOnlySpan<LexiconEntry?> entries = entries;

    /// <summary>The share of words written with a half-space between word <paramref name="i"/> and the next.</summary>
    public double Join(int i)
    {
        if (double.IsNaN(joins[i]))
        {
            joins[i] = affixes.JoinShare(keys, words, entries, i);
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

    private static double[] Unknown(double[] array, int count)
    {
        array.AsSpan(0, count).Fill(double.NaN);
        return array;
    }
}
