namespace Khabar.Persian.Normalization;

/// <summary>
/// Half-space decisions for words the lexicon does not know, from what it knows about their parts: a known stem
/// with a suffix that usually takes a half-space (ها, ای, ترین), or a prefix that does (می, نمی, بی) before a
/// known word or a known verb form.
/// </summary>
internal sealed class AffixModel
{
    private const int KnownMin = 3;
    private const double Prior = 1;
    private static readonly string[] PersonEndings = ["یم", "ید", "ند", "م", "ی", "د"];

    /// <summary>The preverbs of compound verbs that are written glued to می and نمی (برمی‌گردد, درنمی‌آید).</summary>
    private static readonly string[] Preverbs = ["بر", "در", "فرو", "فرا", "باز", "وا", "ور"];

    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly Dictionary<string, AffixStats>.AlternateLookup<ReadOnlySpan<char>> suffixes;
    private readonly Dictionary<string, AffixStats>.AlternateLookup<ReadOnlySpan<char>> prefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> verbStems;

    public AffixModel(Dictionary<string, LexiconEntry> entries, Dictionary<string, AffixStats> suffixes, Dictionary<string, AffixStats> prefixes)
    {
        words = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        this.suffixes = suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        this.prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        verbStems = VerbStems(entries, prefixes).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The best cut of an unknown glued word and the probability that it had a half-space there: every cut into a
    /// part and an affix is an analysis, weighted by how common the part is, that says half-space or glued in the
    /// proportion the affix is written so; the best half-space analysis is weighed against the best glued one.
    /// </summary>
    public double Split(ReadOnlySpan<char> key, out int cut)
    {
        cut = 0;
        var best = 0.0;
        var bestShare = 0.0;
        var glued = 0.0;
        for (var b = 1; b < key.Length; b++)
        {
            double share, weight;
            bool known;
            if (SimpleVerb(key[..b], key[b..]) is { } verb)
            {
                (share, weight, known) = ((verb.Attached + Prior) / (verb.Attached + verb.Glued + 2 * Prior), Math.Log(2 + Total(key[b..])), true);
            }
            else
            {
                var (stats, isKnown, cls) = Bound(key[..b], key[b..]);
                if (stats is null)
                {
                    continue;
                }

                share = stats.SplitShare(isKnown, cls, Prior);
                var other = ReferenceEquals(stats, Suffix(key[b..])) ? key[..b] : key[b..];
                (weight, known) = (Math.Log(2 + Total(other)), isKnown);
            }

            glued = known ? Math.Max(glued, weight * (1 - share)) : glued;
            if (weight * share > best)
            {
                (best, bestShare, cut) = (weight * share, share, b);
            }
        }

        return best > 0 ? bestShare * best / Math.Max(best, glued) : 0;
    }

    /// <summary>The share of words written with a half-space rather than a space between these two parts.</summary>
    public double Join(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (SimpleVerb(left, right) is { } verb)
        {
            return (verb.Attached + Prior) / (verb.Attached + verb.Apart + 2 * Prior);
        }

        var (stats, known, cls) = Bound(left, right);
        return stats?.JoinShare(known, cls, Prior) ?? 0;
    }

    /// <summary>
    /// For a preverb and verb prefix before a verb (برمی گذشت, فرومیریزد), how the simple verb (می‌گذشت) is
    /// written: with a half-space after می, glued, or apart; null when that is not such a pair or the verb is rare.
    /// </summary>
    private (int Attached, int Glued, int Apart)? SimpleVerb(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var head = VerbPrefix(left);
        if (head.IsEmpty || right.Length < 2 || head.Length + right.Length > Spelling.MaxKeyLength)
        {
            return null;
        }

        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        head.CopyTo(key);
        right.CopyTo(key[head.Length..]);
        if (!words.TryGetValue(key[..(head.Length + right.Length)], out var entry) || entry.Total < KnownMin)
        {
            return null;
        }

        var cut = 1UL << head.Length;
        int attached = 0, apart = 0;
        foreach (var s in entry.Spellings)
        {
            attached += (s.HalfSpaces & cut) != 0 ? s.Count : 0;
            apart += (s.Spaces & cut) != 0 ? s.Count : 0;
        }

        return (attached, entry.Glued, apart);
    }

    /// <summary>The statistics of the more bound of the two parts, and whether the other part is known.</summary>
    private (AffixStats? Stats, bool Known, int Class) Bound(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        AffixStats? suffix = null, prefix = null;
        if (left.Length >= 2)
        {
            suffixes.TryGetValue(right, out suffix);
        }

        // A preverb before می or نمی (برمی, فرونمی) is rare in text: the verb prefix itself decides.
        var head = VerbPrefix(left) is { Length: > 0 } verbPrefix ? verbPrefix : left;
        if (right.Length >= 2)
        {
            prefixes.TryGetValue(head, out prefix);
        }

        if (suffix is null && prefix is null)
        {
            return (null, false, 0);
        }

        return suffix is not null && (prefix is null || suffix.Boundness >= prefix.Boundness)
            ? (suffix, Known(left), AffixStats.SuffixClass(left[^1]))
            : (prefix, Continues(head, right), AffixStats.PrefixClass(right[^1]));
    }

    private bool Known(ReadOnlySpan<char> key) => Total(key) >= KnownMin;

    /// <summary>The verb prefix (می or نمی) at the end of a preverb and verb prefix (فرومی), or an empty span.</summary>
    private static ReadOnlySpan<char> VerbPrefix(ReadOnlySpan<char> left)
    {
        if (!left.EndsWith("\u0645\u06CC"))
        {
            return [];
        }

        var negative = left.Length > 3 && left[^3] == '\u0646';
        var head = left[..^(negative ? 3 : 2)];
        foreach (var preverb in Preverbs)
        {
            if (head.SequenceEqual(preverb))
            {
                return left[^(negative ? 3 : 2)..];
            }
        }

        return [];
    }

    private bool Continues(ReadOnlySpan<char> prefix, ReadOnlySpan<char> rest)
    {
        if (Known(rest))
        {
            return true;
        }

        Span<char> key = stackalloc char[2 * Spelling.MaxKeyLength + 1];
        var length = StemKey(prefix, rest, key);
        return rest.Length > 1 && length > 0 && verbStems.Contains(key[..length]);
    }

    private AffixStats? Suffix(ReadOnlySpan<char> affix) => suffixes.TryGetValue(affix, out var s) ? s : null;

    private int Total(ReadOnlySpan<char> key) => words.TryGetValue(key, out var entry) ? entry.Total : 0;

    /// <summary>Writes the verb-stem key (prefix without the negative ن, a tab, the rest without its person ending).</summary>
    private static int StemKey(ReadOnlySpan<char> prefix, ReadOnlySpan<char> rest, Span<char> key)
    {
        var head = prefix.TrimStart('\u0646');
        var stem = Stem(rest);
        if (head.Length + 1 + stem.Length > key.Length)
        {
            return 0;
        }

        head.CopyTo(key);
        key[head.Length] = '\t';
        stem.CopyTo(key[(head.Length + 1)..]);
        return head.Length + 1 + stem.Length;
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> rest)
    {
        foreach (var ending in PersonEndings)
        {
            if (rest.Length > ending.Length + 1 && rest.EndsWith(ending))
            {
                return rest[..^ending.Length];
            }
        }

        return rest;
    }

    private static HashSet<string> VerbStems(Dictionary<string, LexiconEntry> entries, Dictionary<string, AffixStats> prefixes)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        Span<char> key = stackalloc char[2 * Spelling.MaxKeyLength + 1];
        foreach (var entry in entries.Values)
        {
            foreach (var spelling in entry.Spellings)
            {
                var cut = spelling.HalfSpaces == 0 ? 0 : System.Numerics.BitOperations.TrailingZeroCount(spelling.HalfSpaces);
                if (cut > 0 && prefixes.ContainsKey(entry.Key[..cut]) && StemKey(entry.Key.AsSpan(0, cut), entry.Key.AsSpan(cut), key) is > 0 and var length)
                {
                    stems.Add(key[..length].ToString());
                }
            }
        }

        return stems;
    }
}
