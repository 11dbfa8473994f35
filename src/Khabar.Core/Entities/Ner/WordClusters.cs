namespace Khabar.Entities.Ner;

/// <summary>A binary cluster path per word key, learned from unlabeled news (bisecting k-means of contexts).</summary>
public sealed class WordClusters(IReadOnlyDictionary<string, ClusterPath> paths)
{
    /// <summary>No clusters.</summary>
    public static WordClusters Empty { get; } = new(new Dictionary<string, ClusterPath>());

    /// <summary>The word keys and their paths.</summary>
    public IReadOnlyDictionary<string, ClusterPath> Paths { get; } = paths;

    /// <summary>The path of a word key, or the empty path for a word the news never showed.</summary>
    public ClusterPath Of(string key) => Paths.TryGetValue(key, out var path) ? path : default;

    /// <summary>
    /// A second clustering of the news words, from a wider context (two words either side), whose paths the tagger
    /// uses beside these; null when the model has none.
    /// </summary>
    public WordClusters? Wide { get; init; }
}

/// <summary>A path in the cluster tree: the first <see cref="Depth"/> bits of <see cref="Bits"/>, most significant first.</summary>
public readonly record struct ClusterPath(int Bits, int Depth)
{
    /// <summary>The path cut to at most <paramref name="length"/> bits, as a hashable number.</summary>
    public ulong Prefix(int length)
    {
        var keep = Math.Min(length, Depth);
        return ((ulong)(uint)keep << 32) | (uint)(Depth == 0 ? 0 : Bits >> (Depth - keep));
    }
}
