namespace Khabar.Persian.Normalization;

/// <summary>
/// Judges how a text without any half-space lost them. Every word and group of words the lexicon knows, and
/// every unknown word with a known affix, is a site; the sites first say how many half-spaces were probably lost
/// as spaces and how many by deletion (the spaced share), then how much likelier the whole text is damaged that
/// way than clean.
/// </summary>
internal readonly struct DamageEstimate(HalfSpaceRepair repair, HalfSpaceTuning tuning)
{
    public Damage Judge(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, AffixSites sites)
    {
        var (spaced, deleted, _) = Sites(source, words, entries, sites, new Damage(0, 0.5));
        var share = (spaced + tuning.ShareSmoothing) / (spaced + deleted + 2 * tuning.ShareSmoothing);
        var (_, _, evidence) = Sites(source, words, entries, sites, new Damage(0, share));
        var odds = Math.Log(tuning.PriorDamaged / (1 - tuning.PriorDamaged)) + evidence;
        return new Damage(1 / (1 + Math.Exp(odds)), share);
    }

    /// <summary>The expected half-spaces lost as spaces and by deletion, and the log-likelihood ratio damaged/clean.</summary>
    private (double Spaced, double Deleted, double Evidence) Sites(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, AffixSites sites, Damage damage)
    {
        double spaced = 0, deleted = 0, evidence = 0;
        var affixes = repair.Affixes;
        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        for (var i = 0; i < words.Length; i++)
        {
            var entry = entries[i];
            var length = TokenWindow.Key(source[words[i].Start..words[i].End], key, out var half, out var space);
            if (entry is not null)
            {
                evidence += Site(entry, half, space, damage, ref deleted);
            }

            if (affixes.Unknown(entry) && length > 1)
            {
                sites.Split(key[..length], i, out var share);
                evidence += Site(affixes.Counts(share, entry?.Glued ?? 0), damage.Lost(false), ref deleted);
            }

            var compound = false;
            for (var n = HalfSpaceRepair.MaxWindowAt(words, entries, i); n >= 2 && !compound; n--)
            {
                if (entries[i + n - 1] is { EndsCompound: true } && repair.Find(source, words[i..(i + n)], key, out var h, out var s, out _) is { } window)
                {
                    evidence += Site(window, h, s, damage, ref spaced);
                    compound = true;
                }
            }

            if (!compound && i + 1 < words.Length && words[i + 1].Linked)
            {
                var share = sites.Join(source, words, i);
                evidence += Site(affixes.Counts(share, 0), damage.Lost(true), ref spaced);
            }
        }

        return (spaced, deleted, evidence);
    }

    /// <summary>A lexicon site: adds the chance a half-space was lost here, returns the capped log ratio.</summary>
    private double Site(LexiconEntry entry, ulong half, ulong space, Damage damage, ref double lost)
    {
        if (entry.Spellings.Length == 0)
        {
            return 0;
        }

        double written = half == 0 && space == 0 ? entry.Glued : 0;
        double explained = 0, total = written;
        foreach (var s in entry.Spellings)
        {
            if (s.HalfSpaces == half && s.Spaces == space)
            {
                written = s.Count;
                total += s.Count;
            }
            else if (damage.Explains(s, half, space) is var p and > 0)
            {
                explained += s.Count * p;
                total += s.Count;
            }
        }

        lost += total > 0 ? (total - written) / (total + tuning.EvidenceSmoothing) : 0;
        return Ratio(explained + written, written);
    }

    /// <summary>An affix site: the statistics' counts for and against a lost half-space.</summary>
    private double Site((double Change, double Keep) counts, double weight, ref double lost)
    {
        lost += counts.Change / (counts.Change + counts.Keep + tuning.EvidenceSmoothing);
        return Ratio(counts.Change * weight + counts.Keep, counts.Keep);
    }

    private double Ratio(double damaged, double clean) =>
        Math.Min(Math.Log((damaged + tuning.EvidenceSmoothing) / (clean + tuning.EvidenceSmoothing)), tuning.MaxEvidence);
}
