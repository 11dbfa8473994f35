namespace Khabar.Persian.Normalization;

/// <summary>
/// The half-space repair of words the lexicon does not know: joins a bound part to its neighbour (کتاب ها, می
/// ورزند) or splits an unknown glued word at a known stem and affix (تظاهراتهای, میورزند).
/// </summary>
internal readonly struct AffixRepair(HalfSpaceLexicon lexicon, HalfSpaceTuning tuning)
{
    /// <summary>The weight of what the affix statistics say, as if it were that many words seen.</summary>
    private double Weight => tuning.AffixWeight;

    /// <summary>The share of words written with a half-space between two linked words, or 0.</summary>
    public double JoinShare(WordKeys keys, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, int i) =>
        keys.Length(i) <= 0 ? 0 : JoinShare(new AffixModel.Part(keys.Key(i), words[i].Hash, entries[i]), keys, words, entries, i + 1);

    /// <summary>
    /// The share of words written with a half-space between the compound of <paramref name="n"/> linked words
    /// from <paramref name="i"/>, taken as the one word it is written as (<paramref name="compound"/> its lexicon
    /// entry), and the word after it, or 0: a suffix after حشره‌کش is weighed as after any word of its ending.
    /// </summary>
    public double JoinShareAfter(WordKeys keys, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, int i, int n, LexiconEntry compound)
    {
        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        var length = keys.Window(i, n, key, out _, out _);
        if (length <= 0)
        {
            return 0;
        }

        var left = key[..length];
        return JoinShare(new AffixModel.Part(left, KeyHashSet.Hash(left), compound), keys, words, entries, i + n);
    }

    // The share of words written with a half-space between a left part and the word at `next`, or 0.
    private double JoinShare(AffixModel.Part left, WordKeys keys, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, int next)
    {
        var rightLength = keys.Length(next);
        if (rightLength <= 0 || left.Key.Length + rightLength >= Spelling.MaxKeyLength)
        {
            return 0;
        }

        return lexicon.Affixes.Join(left, new AffixModel.Part(keys.Key(next), words[next].Hash, entries[next]), Weight);
    }

    /// <summary>The half-spaces an unknown glued key most likely had and the share of words written so, or 0.</summary>
    public ulong SplitCuts(ReadOnlySpan<char> key, out double share, out int cut)
    {
        share = lexicon.Affixes.Split(key, out cut);
        if (share <= 0)
        {
            return 0;
        }

        return 1UL << cut | BestCuts(key[..cut]) | BestCuts(key[cut..]) << cut;
    }

    /// <summary>Counts for and against a change the affix statistics give, to weigh like lexicon counts.</summary>
    public (double Change, double Keep) Counts(double share, int written) => (Weight * share, Weight * (1 - share) + written);

    /// <summary>Whether a word is unknown or too rare for its own counts to decide.</summary>
    public bool Unknown(LexiconEntry? entry) => entry is null || (entry.Spellings.Length == 0 && entry.Glued <= tuning.RareWord);

    private ulong BestCuts(ReadOnlySpan<char> part)
    {
        var entry = lexicon.Find(part);
        if (entry is null)
        {
            return 0;
        }

        var best = entry.Glued;
        ulong cuts = 0;
        foreach (var s in entry.Spellings)
        {
            if (s.Spaces == 0 && s.Count > best)
            {
                best = s.Count;
                cuts = s.HalfSpaces;
            }
        }

        return cuts;
    }
}
