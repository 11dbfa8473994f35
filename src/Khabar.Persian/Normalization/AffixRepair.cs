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
    public double JoinShare(ReadOnlySpan<char> source, Token left, Token right, Span<char> joined, out int length, out int cut)
    {
        Span<char> b = stackalloc char[Spelling.MaxKeyLength];
        cut = TokenWindow.Key(source[left.Start..left.End], joined, out _, out _);
        var lb = TokenWindow.Key(source[right.Start..right.End], b, out _, out _);
        length = cut + lb;
        if (cut <= 0 || lb <= 0 || length >= Spelling.MaxKeyLength)
        {
            return 0;
        }

        b[..lb].CopyTo(joined[cut..]);
        return lexicon.Affixes.Join(joined[..cut], joined[cut..length]);
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
