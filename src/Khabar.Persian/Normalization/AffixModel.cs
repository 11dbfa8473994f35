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

    private readonly KeyTable<LexiconEntry> words;
    private readonly KeyTable<AffixStats> suffixes;
    private readonly KeyTable<AffixStats> prefixes;
    private readonly KeyTable<PartStats> tails;
    private readonly KeyTable<PartStats> hehTails;
    private readonly KeyTable<PartStats> heads;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> verbStems;

    public AffixModel(
        Dictionary<string, LexiconEntry> entries,
        KeyTable<LexiconEntry> words,
        Dictionary<string, AffixStats> suffixes,
        Dictionary<string, AffixStats> prefixes,
        PartTables parts)
    {
        this.words = words;
        this.suffixes = new KeyTable<AffixStats>(suffixes);
        this.prefixes = new KeyTable<AffixStats>(prefixes);
        tails = Productive(parts.Tails);
        hehTails = Productive(parts.HehTails);
        heads = Productive(parts.Heads);
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
                var (stats, isKnown, cls) = Bound(new Part(key[..b]), new Part(key[b..]));
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
    public double Join(ReadOnlySpan<char> left, ReadOnlySpan<char> right, double weight) => Join(new Part(left), new Part(right), weight);

    /// <summary>
    /// The share of words written with a half-space rather than a space between two words whose key hashes and
    /// lexicon entries are already known: what the affix or productive part says, as a prior worth
    /// <paramref name="weight"/> words, updated by how the corpus wrote this very pair, if it did.
    /// </summary>
    public double Join(Part left, Part right, double weight)
    {
        if (SimpleVerb(left.Key, right.Key) is { } verb)
        {
            return (verb.Attached + Prior) / (verb.Attached + verb.Apart + 2 * Prior);
        }

        var (stats, known, cls) = Bound(left, right);
        var share = Math.Max(stats?.JoinShare(known, cls, Prior) ?? 0, ProductiveShare(left, right));
        // Below a productive part's share the pair is left as written whatever its own counts (the lexicon's
        // compound step weighs those), so the pair is not looked up.
        if (share < PartStats.ProductiveShare || !PairCounts(left.Key, right.Key, out var half, out var apart))
        {
            return share;
        }

        return (half + weight * share) / (half + apart + weight);
    }

    /// <summary>
    /// The share of partners a productive part of the pair takes with a half-space rather than a space: the
    /// tail's (نویسی in فهرست نویسی) or the head's (بی in بی توجهی), whichever is more often joined.
    /// </summary>
    private double ProductiveShare(Part left, Part right)
    {
        if (left.Key.Length < 2 || right.Key.Length < 2)
        {
            return 0;
        }

        var tail = (left.Key[^1] == '\u0647' ? hehTails : tails).Find(right.Hash, right.Key)?.JoinShare ?? 0;
        var head = heads.Find(left.Hash, left.Key)?.JoinShare ?? 0;
        return Math.Max(tail, head);
    }

    /// <summary>
    /// The parts that can join a pair: a part more often written apart only ever votes for what is written,
    /// which the written text's own bonus already does, so it is left out of the lookups.
    /// </summary>
    private static KeyTable<PartStats> Productive(Dictionary<string, PartStats> parts) =>
        new(parts.Where(p => p.Value.JoinShare >= PartStats.ProductiveShare).ToDictionary(StringComparer.Ordinal));

    /// <summary>
    /// How often the corpus wrote the pair with a half-space and with a space between the two parts; false when
    /// the lexicon does not have the pair.
    /// </summary>
    private bool PairCounts(ReadOnlySpan<char> left, ReadOnlySpan<char> right, out int half, out int apart)
    {
        (half, apart) = (0, 0);
        if (left.Length + right.Length > Spelling.MaxKeyLength || words.Find(left, right) is not { } entry)
        {
            return false;
        }

        (half, apart, _) = entry.At(left.Length);
        return true;
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

        if (words.Find(head, right) is not { } entry || entry.Total < KnownMin)
        {
            return null;
        }

        var (attached, apart, _) = entry.At(head.Length);
        return (attached, entry.Glued, apart);
    }

    /// <summary>The statistics of the more bound of the two parts, and whether the other part is known.</summary>
    private (AffixStats? Stats, bool Known, int Class) Bound(Part left, Part right)
    {
        AffixStats? suffix = null, prefix = null;
        if (left.Key.Length >= 2)
        {
            suffix = suffixes.Find(right.Hash, right.Key);
        }

        // A preverb before می or نمی (برمی, فرونمی) is rare in text: the verb prefix itself decides.
        var verbPrefix = VerbPrefix(left.Key);
        var head = verbPrefix.IsEmpty ? left.Key : verbPrefix;
        if (right.Key.Length >= 2)
        {
            prefix = verbPrefix.IsEmpty ? prefixes.Find(left.Hash, head) : prefixes.Find(head);
        }

        if (suffix is null && prefix is null)
        {
            return (null, false, 0);
        }

        return suffix is not null && (prefix is null || suffix.Boundness >= prefix.Boundness)
            ? (suffix, Known(left), AffixStats.SuffixClass(left.Key[^1]))
            : (prefix, Continues(head, right), AffixStats.PrefixClass(right.Key[^1]));
    }

    private bool Known(Part part) => (part.Looked ? part.Entry?.Total ?? 0 : Total(part.Key)) >= KnownMin;

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

    private bool Continues(ReadOnlySpan<char> prefix, Part right)
    {
        var rest = right.Key;
        if (Known(right))
        {
            return true;
        }

        Span<char> key = stackalloc char[2 * Spelling.MaxKeyLength + 1];
        var length = StemKey(prefix, rest, key);
        return rest.Length > 1 && length > 0 && verbStems.Contains(key[..length]);
    }

    private AffixStats? Suffix(ReadOnlySpan<char> affix) => suffixes.Find(affix);

    private int Total(ReadOnlySpan<char> key) => words.Find(key)?.Total ?? 0;

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

    /// <summary>
    /// One part of a pair: its key, the key's <see cref="KeyHashSet"/> hash, and its lexicon entry when that was
    /// already looked up (<see cref="Looked"/>).
    /// </summary>
    internal readonly ref struct Part
    {
        public Part(ReadOnlySpan<char> key)
        {
            Key = key;
            Hash = KeyHashSet.Hash(key);
        }

        public Part(ReadOnlySpan<char> key, ulong hash, LexiconEntry? entry)
        {
            Key = key;
            Hash = hash;
            Entry = entry;
            Looked = true;
        }

        public ReadOnlySpan<char> Key { get; }

        public ulong Hash { get; }

        public LexiconEntry? Entry { get; }

        public bool Looked { get; }
    }
}
