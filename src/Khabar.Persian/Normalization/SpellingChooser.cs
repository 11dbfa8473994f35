namespace Khabar.Persian.Normalization;

/// <summary>
/// Picks the spelling of a key that most likely produced what is written: each spelling's count times the
/// probability that the text's damage turns it into what is written. What is written gets a small bonus. The
/// powers of the damage's shares are kept in <c>powers</c> when one is given (filled with NaN for a new damage).
/// </summary>
internal readonly struct SpellingChooser(HalfSpaceTuning tuning, Damage damage, double[]? powers = null)
{
    /// <summary>True for text that keeps its half-spaces, where only slips are fixed.</summary>
    public bool IsKept => damage.IsKept;

    /// <summary>True when a spelling other than the written one wins; it is returned as masks.</summary>
    public bool Choose(LexiconEntry entry, ulong half, ulong space, out ulong newHalf, out ulong newSpace)
    {
        newHalf = half;
        newSpace = space;
        if (entry.Spellings.Length == 0)
        {
            return false;
        }

        var written = half == 0 && space == 0 ? entry.Glued : 0;
        foreach (var s in entry.Spellings)
        {
            if (s.HalfSpaces == half && s.Spaces == space)
            {
                written = s.Count;
            }
        }

        var best = written + tuning.KeepBonus;
        var changed = false;
        foreach (var s in entry.Spellings)
        {
            if (s.HalfSpaces == half && s.Spaces == space)
            {
                continue;
            }

            var score = s.Count * Math.Max(Slip(s, half, space), damage.Explains(s, half, space, powers));
            if (score > best)
            {
                best = score;
                newHalf = s.HalfSpaces;
                newSpace = s.Spaces;
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>True when a change the affix statistics back beats what is written, given the damage.</summary>
    public bool Prefer(double change, double keep, bool spaced)
    {
        var weight = damage.IsKept ? 0 : damage.Lost(spaced);
        return change * weight > keep + tuning.KeepBonus;
    }

    /// <summary>In text that keeps its half-spaces, the weight of a spelling that fixes a typing slip.</summary>
    private double Slip(Spelling s, ulong half, ulong space)
    {
        if ((half & ~s.HalfSpaces) != 0 || (s.Spaces & ~space) != 0)
        {
            return 0;
        }

        var added = s.HalfSpaces & ~half;
        if ((s.HalfSpaces | s.Spaces) == (half | space))
        {
            return tuning.KeptSpaceFix;
        }

        return s.Spaces == space && (added & space) == 0 ? tuning.KeptGlueFix : 0;
    }
}
