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
    public double JoinShare(WordKeys keys, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, int i)
    {
        var (leftLength, rightLength) = (keys.Length(i), keys.Length(i + 1));
        if (leftLength <= 0 || rightLength <= 0 || leftLength + rightLength >= Spelling.MaxKeyLength)
        {
            return 0;
        }

        return lexicon.Affixes.Join(
            new AffixModel.Part(keys.Key(i), words[i].Hash, entries[i]),
            new AffixModel.Part(keys.Key(i + 1), words[i + 1].Hash, entries[i + 1]),
            Weight);
    }

    /// <summary>
    /// The share of words written with a half-space between the compound of <paramref name="n"/> linked words
    /// from <paramref name="i"/>, taken as the one word it is written as (<paramref name="compound"/> its lexicon
    /// entry), and the word after it, or 0: a suffix after حشره‌کش is weighed as after any word of its ending.
    /// </summary>
    public double JoinShareAfter(WordKeys keys, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, int i, int n, LexiconEntry compound)
    {
        var next = i + n;
        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        var (leftLength, rightLength) = (keys.Window(i, n, key, out _, out _), keys.Length(next));
        if (leftLength <= 0 || rightLength <= 0 || leftLength + rightLength >= Spelling.MaxKeyLength)
        {
            return 0;
        }

        var left = key[..leftLength];
        return lexicon.Affixes.Join(
            new AffixModel.Part(left, KeyHashSet.Hash(left), compound),
            new AffixModel.Part(keys.Key(next), words[next].Hash, entries[next]),
            Weight);
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
