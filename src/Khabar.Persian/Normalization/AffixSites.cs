namespace Khabar.Persian.Normalization;

/// <summary>
/// The affix statistics' answers for the words of one text, worked out once: the damage estimate asks twice and
/// the writer once more. Also the longest compound window the damage estimate found at each word, which the
/// writer tries first. The arrays are the scratch's.
/// </summary>
internal readonly ref struct AffixSites(AffixRepair affixes, WordKeys keys, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, RepairScratch scratch)
{
    private readonly double[] joins = Unknown(scratch.Joins(words.Length + 1), words.Length + 1);
    private readonly double[] splits = Unknown(scratch.Splits(words.Length + 1), words.Length + 1);
    private readonly ulong[] cuts = scratch.Cuts(words.Length + 1);
    private readonly Window[] windows = Unlooked(scratch.Windows(words.Length + 1), words.Length + 1);
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

    /// <summary>Keeps the longest window at word <paramref name="i"/> that the lexicon spells (<paramref name="n"/>
    /// words, 0 for none), having looked at every longer one.</summary>
    public void FoundWindow(int i, int n, LexiconEntry? entry, ulong half, ulong space) => windows[i] = new Window(n, entry, half, space);

    /// <summary>
    /// The lexicon entry of the window of <paramref name="n"/> words at word <paramref name="i"/> if it was looked
    /// up before (true), or false when it must be looked up.
    /// </summary>
    public bool KnownWindow(int i, int n, out LexiconEntry? entry, out ulong half, out ulong space)
    {
        var window = windows[i];
        (entry, half, space) = (null, 0, 0);
        if (window.Words < 0 || n < window.Words)
        {
            return false;
        }

        if (n == window.Words)
        {
            (entry, half, space) = (window.Entry, window.Half, window.Space);
        }

        return true;
    }

    private static Window[] Unlooked(Window[] array, int count)
    {
        array.AsSpan(0, count).Fill(new Window(-1, null, 0, 0));
        return array;
    }

    private static double[] Unknown(double[] array, int count)
    {
        array.AsSpan(0, count).Fill(double.NaN);
        return array;
    }

    /// <summary>The longest window found at a word: its length in words (0 for none, -1 when not looked at).</summary>
    internal readonly record struct Window(int Words, LexiconEntry? Entry, ulong Half, ulong Space);
}
