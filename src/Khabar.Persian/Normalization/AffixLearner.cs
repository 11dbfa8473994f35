namespace Khabar.Persian.Normalization;

/// <summary>
/// Learns <see cref="AffixStats"/> from counted word forms and the texts: for every part that is written after
/// (suffix) or before (prefix) a half-space in at least a few words, how many distinct rare words (seen at most
/// twice, standing in for the words the lexicon will not know) take it with a half-space, glued, or with a space.
/// </summary>
internal sealed class AffixLearner(Dictionary<string, int> forms)
{
    private const int KnownMin = 3;
    private const int MinWords = 5;
    private const int RareMax = 2;
    private readonly Dictionary<string, int> totals = KeyTotals(forms);

    /// <summary>Suffix and prefix statistics, keyed by the affix.</summary>
    public (Dictionary<string, AffixStats> Suffixes, Dictionary<string, AffixStats> Prefixes) Learn(IEnumerable<string> texts)
    {
        var suffixes = new Dictionary<string, AffixStats>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, AffixStats>(StringComparer.Ordinal);
        CountAttached(suffixes, prefixes, rareOnly: false);
        Prune(suffixes);
        Prune(prefixes);
        foreach (var stats in suffixes.Values.Concat(prefixes.Values))
        {
            Array.Clear(stats.Counts);
        }

        CountAttached(suffixes, prefixes, rareOnly: true);
        foreach (var (form, _) in forms)
        {
            if (form.Contains(ArabicScript.Zwnj) || !Rare(form))
            {
                continue;
            }

            for (var b = 1; b < form.Length; b++)
            {
                if (b >= 2)
                {
                    Count(suffixes, form[b..], AffixStats.SuffixClass(form[b - 1]), AffixStats.Glued, Known(form[..b]));
                }

                if (form.Length - b >= 2)
                {
                    Count(prefixes, form[..b], AffixStats.PrefixClass(form[^1]), AffixStats.Glued, Known(form[b..]));
                }
            }
        }

        var pairs = new HashSet<long>();
        foreach (var text in texts)
        {
            foreach (var run in WordTokens.Runs(text))
            {
                for (var i = 1; i < run.Count; i++)
                {
                    var left = text[run[i - 1].Start..run[i - 1].End].Replace("\u200C", "");
                    var right = text[run[i].Start..run[i].End].Replace("\u200C", "");
                    if ((suffixes.ContainsKey(right) || prefixes.ContainsKey(left)) && Rare(left + right)
                        && pairs.Add(PairHash(left, right)))
                    {
                        if (left.Length >= 2)
                        {
                            Count(suffixes, right, AffixStats.SuffixClass(left[^1]), AffixStats.Apart, Known(left));
                        }

                        if (right.Length >= 2)
                        {
                            Count(prefixes, left, AffixStats.PrefixClass(right[^1]), AffixStats.Apart, Known(right));
                        }
                    }
                }
            }
        }

        return (suffixes, prefixes);
    }

    private void CountAttached(Dictionary<string, AffixStats> suffixes, Dictionary<string, AffixStats> prefixes, bool rareOnly)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var (form, _) in forms)
        {
            var key = form.Replace("\u200C", "");
            if (rareOnly && !Rare(key))
            {
                continue;
            }

            var b = 0;
            foreach (var c in form)
            {
                if (c != ArabicScript.Zwnj)
                {
                    b++;
                    continue;
                }

                if (!seen.Add((key[..b], key[b..])))
                {
                    continue;
                }

                if (b >= 2)
                {
                    Count(suffixes, key[b..], AffixStats.SuffixClass(key[b - 1]), AffixStats.Attached, Known(key[..b]), create: !rareOnly);
                }

                if (key.Length - b >= 2)
                {
                    Count(prefixes, key[..b], AffixStats.PrefixClass(key[^1]), AffixStats.Attached, Known(key[b..]), create: !rareOnly);
                }
            }
        }
    }

    /// <summary>A stable 64-bit FNV-1a hash of the pair, so the learned counts do not depend on the process.</summary>
    private static long PairHash(string left, string right)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in string.Concat(left, "\t", right))
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }

    private bool Rare(string key) => totals.GetValueOrDefault(key) <= RareMax;

    private bool Known(string key) => totals.GetValueOrDefault(key) >= KnownMin;

    private static void Count(Dictionary<string, AffixStats> stats, string affix, int cls, int way, bool known, bool create = false)
    {
        if (!stats.TryGetValue(affix, out var s))
        {
            if (!create)
            {
                return;
            }

            s = AffixStats.Empty();
            stats[affix] = s;
        }

        s[way, known, cls]++;
    }

    private static void Prune(Dictionary<string, AffixStats> stats)
    {
        foreach (var (affix, s) in stats.ToList())
        {
            if (s.AttachedTotal < MinWords || affix.Length > 12)
            {
                stats.Remove(affix);
            }
        }
    }

    private static Dictionary<string, int> KeyTotals(Dictionary<string, int> forms)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, count) in forms)
        {
            var key = form.Replace("\u200C", "");
            totals[key] = totals.GetValueOrDefault(key) + count;
        }

        return totals;
    }
}
