namespace Khabar.Persian.Normalization;

/// <summary>
/// Learns <see cref="PartStats"/> from counted word forms and the texts: every part written on one side of a
/// half-space (a tail such as نویسی, گذاری, آمیز after it; a head such as بی, هم, پیش before it) with at least
/// a few distinct partners, and for each, how many distinct partners it was written beside with a half-space,
/// and how many others only with a space (adjacent words in the text) or only glued (a word that is a known word
/// and the part).
/// </summary>
internal sealed class PartLearner(Dictionary<string, int> forms)
{
    /// <summary>The fewest distinct partners with a half-space for a part to be kept.</summary>
    public const int MinPartners = 5;

    private const int KnownMin = 3;
    private const int MaxPart = 12;
    private const int Half = 0;
    private const int Spaced = 1;
    private const int Glued = 2;

    /// <summary>
    /// Tail (second part) statistics after a first part that ends in ه and after one that does not (a clitic such
    /// as ای or ام takes a half-space only after ه), and head (first part) statistics, keyed by the part.
    /// </summary>
    public PartTables Learn(IEnumerable<string> texts)
    {
        var tails = new Partners();
        var hehTails = new Partners();
        var heads = new Partners();
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, count) in forms)
        {
            var key = form.Replace("\u200C", "");
            totals[key] = totals.GetValueOrDefault(key) + count;
            var segments = form.Split(ArabicScript.Zwnj, StringSplitOptions.RemoveEmptyEntries);
            for (var j = 0; j + 1 < segments.Length; j++)
            {
                (EndsInHeh(segments[j]) ? hehTails : tails).Add(segments[j + 1], segments[j], Half);
                heads.Add(segments[j], segments[j + 1], Half);
            }
        }

        tails.Prune();
        hehTails.Prune();
        heads.Prune();
        foreach (var text in texts)
        {
            foreach (var run in WordTokens.Runs(text))
            {
                for (var i = 1; i < run.Count; i++)
                {
                    var left = LastSegment(text.AsSpan(run[i - 1].Start, run[i - 1].End - run[i - 1].Start));
                    var right = FirstSegment(text.AsSpan(run[i].Start, run[i].End - run[i].Start));
                    (EndsInHeh(left) ? hehTails : tails).AddIfKept(right, left, Spaced);
                    heads.AddIfKept(left, right, Spaced);
                }
            }
        }

        foreach (var key in forms.Keys)
        {
            if (key.Contains(ArabicScript.Zwnj))
            {
                continue;
            }

            for (var b = 2; b + 2 <= key.Length; b++)
            {
                if (totals.GetValueOrDefault(key[..b]) >= KnownMin)
                {
                    (EndsInHeh(key.AsSpan(0, b)) ? hehTails : tails).AddIfKept(key.AsSpan(b), key.AsSpan(0, b), Glued);
                }

                if (totals.GetValueOrDefault(key[b..]) >= KnownMin)
                {
                    heads.AddIfKept(key.AsSpan(0, b), key.AsSpan(b), Glued);
                }
            }
        }

        return new PartTables(tails.Stats(), hehTails.Stats(), heads.Stats());
    }

    private static bool EndsInHeh(ReadOnlySpan<char> part) => !part.IsEmpty && part[^1] == '\u0647';


    private static ReadOnlySpan<char> LastSegment(ReadOnlySpan<char> word) => word[(word.LastIndexOf(ArabicScript.Zwnj) + 1)..];

    private static ReadOnlySpan<char> FirstSegment(ReadOnlySpan<char> word) => word.IndexOf(ArabicScript.Zwnj) is >= 0 and var i ? word[..i] : word;

    /// <summary>The distinct partners of each part, one set per way of writing.</summary>
    private sealed class Partners
    {
        private readonly Dictionary<string, HashSet<string>[]> parts = new(StringComparer.Ordinal);
        private Dictionary<string, HashSet<string>[]>.AlternateLookup<ReadOnlySpan<char>> Lookup => parts.GetAlternateLookup<ReadOnlySpan<char>>();

        public void Add(string part, string partner, int way)
        {
            if (part.Length > MaxPart)
            {
                return;
            }

            if (!parts.TryGetValue(part, out var sets))
            {
                sets = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
                parts[part] = sets;
            }

            sets[way].Add(partner);
        }

        public void AddIfKept(ReadOnlySpan<char> part, ReadOnlySpan<char> partner, int way)
        {
            if (!part.IsEmpty && !partner.IsEmpty && Lookup.TryGetValue(part, out var sets))
            {
                sets[way].GetAlternateLookup<ReadOnlySpan<char>>().Add(partner);
            }
        }

        public void Prune()
        {
            foreach (var (part, sets) in parts.ToList())
            {
                if (sets[Half].Count < MinPartners)
                {
                    parts.Remove(part);
                }
            }
        }

        /// <summary>The counts; a partner also written with a half-space counts only there (the pair is a compound).</summary>
        public Dictionary<string, PartStats> Stats() => parts.ToDictionary(
            p => p.Key,
            p => new PartStats(p.Value[Half].Count, Only(p.Value, Spaced), Only(p.Value, Glued)),
            StringComparer.Ordinal);

        private static int Only(HashSet<string>[] sets, int way) => sets[way].Count(partner => !sets[Half].Contains(partner));
    }
}
