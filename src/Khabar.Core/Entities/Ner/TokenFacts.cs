namespace Khabar.Entities.Ner;

/// <summary>
/// What the features need of one token by itself — key, hashes, cluster path and the feature ids that depend on
/// nothing else — computed once per distinct token and kept (up to a fixed number of tokens) for reuse.
/// </summary>
internal sealed class TokenFacts
{
    /// <summary>The facts of one token.</summary>
    public TokenFacts(string token, WordClusters clusters)
    {
        Key = TokenText.Key(token);
        KeyHash = FeatureHash.Of(Key);
        Shape = TokenHashes.Shape(token);
        Path = clusters.Of(Key);
        Suffix2 = FeatureHash.Of(Key.AsSpan(Math.Max(0, Key.Length - 2)));
        var affixes = new List<uint>(9);
        for (var length = 1; length <= 4 && Key.Length > length; length++)
        {
            affixes.Add(FeatureHash.Feature(10 + length, FeatureHash.Of(Key.AsSpan(0, length))));
            affixes.Add(FeatureHash.Feature(14 + length, FeatureHash.Of(Key.AsSpan(Key.Length - length))));
        }

        affixes.Add(FeatureHash.Feature(23, (ulong)Math.Min(Key.Length, 12)));
        Affixes = affixes.ToArray();
        Parts = TokenHashes.FirstAndLastPart(token, out var first, out var last)
            ? [FeatureHash.Feature(25, first), FeatureHash.Feature(26, last)]
            : [];
        WidePath = clusters.Wide?.Of(Key) ?? default;
        WideOwn = clusters.Wide is null ? [] : [FeatureHash.Feature(604, WidePath.Prefix(4)), FeatureHash.Feature(608, WidePath.Prefix(8)),
            FeatureHash.Feature(612, WidePath.Prefix(12)), FeatureHash.Feature(616, WidePath.Prefix(16))];
        Own = [FeatureHash.Feature(1, KeyHash), FeatureHash.Feature(21, Shape), FeatureHash.Feature(104, Path.Prefix(4)),
            FeatureHash.Feature(108, Path.Prefix(8)), FeatureHash.Feature(112, Path.Prefix(12)), FeatureHash.Feature(116, Path.Prefix(16))];
    }

    public string Key { get; }

    public ulong KeyHash { get; }

    public ulong Shape { get; }

    public ClusterPath Path { get; }

    /// <summary>The path in the wide clustering (<see cref="WordClusters.Wide"/>), or the empty path.</summary>
    public ClusterPath WidePath { get; }

    /// <summary>Features 604–616 (wide cluster path prefixes), or none when the clusters have no wide set.</summary>
    public uint[] WideOwn { get; }

    /// <summary>The hash of the key's last two characters.</summary>
    public ulong Suffix2 { get; }

    /// <summary>Prefix and suffix features (templates 11–18) and the length feature (23), in feature order.</summary>
    public uint[] Affixes { get; }

    /// <summary>The first and last half-space part features (25, 26), or none.</summary>
    public uint[] Parts { get; }

    /// <summary>Features 1 (key), 21 (shape) and 104–116 (cluster path prefixes).</summary>
    public uint[] Own { get; }

    /// <summary>A cache of facts per distinct token for one set of clusters.</summary>
    public sealed class Cache(WordClusters clusters, int capacity = 200_000)
    {
        private readonly BoundedCache<TokenFacts> facts = new(capacity);

        public TokenFacts Of(string token) => facts.TryGet(token, out var known) ? known : facts.Add(token, new TokenFacts(token, clusters));
    }
}
