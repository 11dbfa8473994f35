namespace Khabar.Entities.Ner;

/// <summary>
/// Context aggregation across a document: a token gets, as features, the words beside the other occurrences of its
/// word in the sentences around it (<c>محمدی</c> alone, where <c>حسین محمدی</c> opened the article, gets
/// "after حسین"). A name is often written in full once and short elsewhere, or in a telling context once.
/// </summary>
public static class DocumentFeatures
{
    /// <summary>The most features one token gets.</summary>
    public const int MaxPerToken = 24;

    /// <summary>A word with more occurrences than this in the window is too common to say anything.</summary>
    public const int MaxOccurrences = 12;

    private const int Before = 910, After = 911;
    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    /// <summary>
    /// For each token of each sentence (in document order), the feature ids from the other occurrences of its word
    /// within <paramref name="window"/> sentences either side.
    /// </summary>
    public static uint[][][] Of(IReadOnlyList<IReadOnlyList<string>> sentences, int window)
    {
        var keys = sentences.Select(s => s.Select(TokenText.Key).ToArray()).ToArray();
        var hashes = keys.Select(s => s.Select(FeatureHash.Of).ToArray()).ToArray();
        var where = new Dictionary<string, List<(int Sentence, int Token)>>(StringComparer.Ordinal);
        for (var s = 0; s < keys.Length; s++)
        {
            for (var i = 0; i < keys[s].Length; i++)
            {
                if (Counts(keys[s][i]))
                {
                    (where.TryGetValue(keys[s][i], out var list) ? list : where[keys[s][i]] = []).Add((s, i));
                }
            }
        }

        var result = new uint[keys.Length][][];
        var seen = new HashSet<uint>();
        var features = new List<uint>(MaxPerToken);
        for (var s = 0; s < keys.Length; s++)
        {
            result[s] = new uint[keys[s].Length][];
            for (var i = 0; i < keys[s].Length; i++)
            {
                result[s][i] = [];
                if (!where.TryGetValue(keys[s][i], out var occurrences))
                {
                    continue;
                }

                var from = First(occurrences, s - window);
                var to = First(occurrences, s + window + 1);
                if (to - from - 1 > MaxOccurrences || to - from < 2)
                {
                    continue;
                }

                seen.Clear();
                features.Clear();
                for (var o = from; o < to && features.Count < MaxPerToken; o++)
                {
                    var (os, oi) = occurrences[o];
                    if (os == s && oi == i)
                    {
                        continue;
                    }

                    Add(FeatureHash.Feature(Before, oi > 0 ? hashes[os][oi - 1] : Boundary));
                    Add(FeatureHash.Feature(After, oi + 1 < hashes[os].Length ? hashes[os][oi + 1] : Boundary));
                }

                result[s][i] = [.. features];
            }
        }

        return result;

        void Add(uint feature)
        {
            if (features.Count < MaxPerToken && seen.Add(feature))
            {
                features.Add(feature);
            }
        }
    }

    // Words of two letters or more with a letter in them; punctuation and numbers say nothing across sentences.
    private static bool Counts(string key) => key.Length >= 2 && key.Any(char.IsLetter);

    // The index of the first occurrence in sentence `sentence` or later.
    private static int First(List<(int Sentence, int Token)> occurrences, int sentence)
    {
        int lo = 0, hi = occurrences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (occurrences[mid].Sentence < sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
