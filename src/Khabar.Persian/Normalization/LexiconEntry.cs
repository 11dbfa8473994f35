namespace Khabar.Persian.Normalization;

/// <summary>
/// What the lexicon knows about one key (a word or compound with its half-spaces and spaces removed): how often
/// it was written glued, the other spellings seen, and whether it begins a compound written over several tokens.
/// </summary>
internal sealed class LexiconEntry(string key, int glued, Spelling[] spellings)
{
    /// <summary>The key: letters only, every variant folded.</summary>
    public string Key { get; } = key;

    /// <summary>How often the key was seen as one glued word.</summary>
    public int Glued { get; set; } = glued;

    /// <summary>The other spellings, most frequent first.</summary>
    public Spelling[] Spellings { get; set; } = spellings;

    /// <summary>The key is the first part of a longer key that has a half-space or space after this part.</summary>
    public bool StartsCompound { get; set; }

    /// <summary>The key is the last part of a longer key that has a half-space or space before this part.</summary>
    public bool EndsCompound { get; set; }

    /// <summary>The damage estimate's site values for this key as last written (see <see cref="SiteEvidence"/>).</summary>
    internal SiteEvidence? Evidence { get; set; }

    /// <summary>A copy of this entry, allocated together with its own copies of the key and the spellings.</summary>
    public LexiconEntry Copy() => new(new string(Key), Glued, [.. Spellings])
    {
        StartsCompound = StartsCompound,
        EndsCompound = EndsCompound,
    };

    /// <summary>
    /// How often the key was written with a half-space before key letter <paramref name="b"/>, with a space there,
    /// and joined there (glued, or with a half-space).
    /// </summary>
    public (int HalfSpaced, int Apart, int Together) At(int b)
    {
        int half = 0, apart = 0, together = Glued;
        foreach (var s in Spellings)
        {
            if ((s.Spaces >> b & 1) != 0)
            {
                apart += s.Count;
            }
            else
            {
                together += s.Count;
                half += (s.HalfSpaces >> b & 1) != 0 ? s.Count : 0;
            }
        }

        return (half, apart, together);
    }

    /// <summary>How often the key was seen in any spelling.</summary>
    public int Total
    {
        get
        {
            var total = Glued;
            foreach (var s in Spellings)
            {
                total += s.Count;
            }

            return total;
        }
    }
}

/// <summary>
/// A lexicon site's log ratios under each way of losing half-spaces (all to spaces, all deleted, mixed) for one
/// written form of the key, under one tuning; <see cref="Before"/> holds those of the form written before it.
/// </summary>
internal sealed record SiteEvidence(HalfSpaceTuning Tuning, ulong Half, ulong Space, double Spaced, double Deleted, double Mixed, SiteEvidence? Before);
