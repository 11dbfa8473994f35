namespace Khabar.Entities.Ner;

/// <summary>
/// The tagger's features for every token of a sentence, as 32-bit hashed ids: word keys in a window of two,
/// word bigrams, affixes, half-space parts, shape, cluster path prefixes and gazetteer marks.
/// </summary>
public sealed class FeatureExtractor(WordClusters clusters, Gazetteer gazetteer)
{
    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    /// <summary>The feature ids of each token, in one flat list with offsets (token i owns [offsets[i], offsets[i+1])).</summary>
    public (uint[] Features, int[] Offsets) Extract(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        var keys = new string[n];
        var keyHash = new ulong[n];
        var shape = new ulong[n];
        var paths = new ClusterPath[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = TokenText.Key(tokens[i]);
            keyHash[i] = FeatureHash.Of(keys[i]);
            shape[i] = FeatureHash.Of(TokenText.Shape(tokens[i]));
            paths[i] = clusters.Of(keys[i]);
        }

        var gaz = gazetteer.Mark(keys, EntityTypes.All);
        var features = new List<uint>(n * 40);
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            offsets[i] = features.Count;
            Add(features, tokens[i], keys[i], i, K(keyHash, i - 2), K(keyHash, i - 1), keyHash[i], K(keyHash, i + 1), K(keyHash, i + 2));
            features.Add(FeatureHash.Feature(20, K(shape, i - 1), shape[i], K(shape, i + 1)));
            features.Add(FeatureHash.Feature(21, shape[i]));
            features.Add(FeatureHash.Feature(22, K(shape, i - 1), keyHash[i]));
            AddCluster(features, 100, paths[i], 4, 8, 12, 16);
            AddCluster(features, 200, i > 0 ? paths[i - 1] : new ClusterPath(0, 0), 6, 16);
            AddCluster(features, 300, i + 1 < n ? paths[i + 1] : new ClusterPath(0, 0), 6, 16);
            AddCluster(features, 400, i > 1 ? paths[i - 2] : new ClusterPath(0, 0), 8);
            AddCluster(features, 500, i + 2 < n ? paths[i + 2] : new ClusterPath(0, 0), 8);
            features.Add(FeatureHash.Feature(64, K(keyHash, i - 1), paths[i].Prefix(12)));
            features.Add(FeatureHash.Feature(65, paths[i].Prefix(12), K(keyHash, i + 1)));
            features.Add(FeatureHash.Feature(66, Suffix(keys, i - 1), Suffix(keys, i + 1)));
            var g = (ulong)gaz[i];
            features.Add(FeatureHash.Feature(60, g));
            features.Add(FeatureHash.Feature(61, i > 0 ? (ulong)gaz[i - 1] : 99, g));
            features.Add(FeatureHash.Feature(62, g, i + 1 < n ? (ulong)gaz[i + 1] : 99));
            features.Add(FeatureHash.Feature(63, g, K(keyHash, i - 1)));
        }

        offsets[n] = features.Count;
        return (features.ToArray(), offsets);
    }

    private static void Add(List<uint> f, string token, string key, int i, ulong k2, ulong k1, ulong k0, ulong n1, ulong n2)
    {
        f.Add(FeatureHash.Feature(0, 0));
        f.Add(FeatureHash.Feature(1, k0));
        f.Add(FeatureHash.Feature(2, k1));
        f.Add(FeatureHash.Feature(3, n1));
        f.Add(FeatureHash.Feature(4, k2));
        f.Add(FeatureHash.Feature(5, n2));
        f.Add(FeatureHash.Feature(6, k1, k0));
        f.Add(FeatureHash.Feature(7, k0, n1));
        f.Add(FeatureHash.Feature(8, k2, k1));
        f.Add(FeatureHash.Feature(9, n1, n2));
        for (var length = 1; length <= 4; length++)
        {
            if (key.Length > length)
            {
                f.Add(FeatureHash.Feature(10 + length, FeatureHash.Of(key.AsSpan(0, length))));
                f.Add(FeatureHash.Feature(14 + length, FeatureHash.Of(key.AsSpan(key.Length - length))));
            }
        }

        f.Add(FeatureHash.Feature(23, (ulong)Math.Min(key.Length, 12)));
        if (i == 0)
        {
            f.Add(FeatureHash.Feature(24, 1));
        }

        var parts = TokenText.Parts(token);
        if (parts.Length > 1)
        {
            f.Add(FeatureHash.Feature(25, FeatureHash.Of(TokenText.Key(parts[0]))));
            f.Add(FeatureHash.Feature(26, FeatureHash.Of(TokenText.Key(parts[^1]))));
        }
    }

    private static void AddCluster(List<uint> f, int template, ClusterPath path, params int[] lengths)
    {
        foreach (var length in lengths)
        {
            f.Add(FeatureHash.Feature(template + length, path.Prefix(length)));
        }
    }

    private static ulong Suffix(string[] keys, int i) =>
        i >= 0 && i < keys.Length ? FeatureHash.Of(keys[i].AsSpan(Math.Max(0, keys[i].Length - 2))) : Boundary;

    private static ulong K(ulong[] values, int i) => i >= 0 && i < values.Length ? values[i] : Boundary;
}
