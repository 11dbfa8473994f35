namespace Khabar.Entities.Ner;

/// <summary>
/// One distinct token as the tagger scores it: its facts, and the weight rows of every feature that depends on this
/// token alone — its own features (key, shape, cluster prefixes, affixes, half-space parts) and those it gives its
/// neighbours (their key at ±1, ±2, ±3 and cluster prefixes at ±1, ±2, wide cluster prefixes at ±1) — each as the shared copy and the corpus copy,
/// so that a token met again costs no hashing and no table probe for them.
/// </summary>
internal sealed class WordRows
{
    // Slots of one copy: own features, then the features this token gives its neighbours, then affixes and parts.
    public const int Key = 0, Shape = 1, Path4 = 2, Path8 = 3, Path12 = 4, Path16 = 5;
    public const int AsPrevious = 6, AsNext = 7, AsPrevious2 = 8, AsNext2 = 9, AsPrevious3 = 10, AsNext3 = 11;
    public const int AsPreviousPath6 = 12, AsPreviousPath16 = 13, AsNextPath6 = 14, AsNextPath16 = 15, AsPrevious2Path8 = 16, AsNext2Path8 = 17;
    public const int Wide4 = 18, Wide8 = 19, Wide12 = 20, Wide16 = 21, AsPreviousWide8 = 22, AsNextWide8 = 23;
    public const int FirstAffix = 24;

    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    /// <summary>The rows of a token.</summary>
    public WordRows(string token, WordClusters clusters, RowResolver resolve, Gazetteer gazetteer, Gazetteer? lexicon)
        : this(new TokenFacts(token, clusters), resolve)
    {
        GazetteerStart = gazetteer.StartOf(TokenKey!);
        LexiconStart = lexicon?.StartOf(TokenKey!) ?? default;
    }

    private WordRows(TokenFacts? facts, RowResolver resolve)
    {
        TokenKey = facts?.Key;
        KeyHash = facts?.KeyHash ?? Boundary;
        ShapeHash = facts?.Shape ?? Boundary;
        Suffix2 = facts?.Suffix2 ?? Boundary;
        var path = facts?.Path ?? default;
        Prefix8 = path.Prefix(8);
        Prefix12 = path.Prefix(12);
        Affixes = facts?.Affixes.Length ?? 0;
        Parts = facts?.Parts.Length ?? 0;
        Copy = FirstAffix + Affixes + Parts;
        Rows = new uint[2 * Copy];
        if (facts is not null)
        {
            for (var j = 0; j < facts.Own.Length; j++)
            {
                Set(Key + j, facts.Own[j], resolve);
            }

            for (var j = 0; j < facts.WideOwn.Length; j++)
            {
                Set(Wide4 + j, facts.WideOwn[j], resolve);
            }

            for (var j = 0; j < Affixes; j++)
            {
                Set(FirstAffix + j, facts.Affixes[j], resolve);
            }

            for (var j = 0; j < Parts; j++)
            {
                Set(FirstAffix + Affixes + j, facts.Parts[j], resolve);
            }
        }

        Set(AsPrevious, FeatureHash.Feature(2, KeyHash), resolve);
        Set(AsNext, FeatureHash.Feature(3, KeyHash), resolve);
        Set(AsPrevious2, FeatureHash.Feature(4, KeyHash), resolve);
        Set(AsNext2, FeatureHash.Feature(5, KeyHash), resolve);
        Set(AsPrevious3, FeatureHash.Feature(82, KeyHash), resolve);
        Set(AsNext3, FeatureHash.Feature(83, KeyHash), resolve);
        Set(AsPreviousPath6, FeatureHash.Feature(206, path.Prefix(6)), resolve);
        Set(AsPreviousPath16, FeatureHash.Feature(216, path.Prefix(16)), resolve);
        Set(AsNextPath6, FeatureHash.Feature(306, path.Prefix(6)), resolve);
        Set(AsNextPath16, FeatureHash.Feature(316, path.Prefix(16)), resolve);
        Set(AsPrevious2Path8, FeatureHash.Feature(408, Prefix8), resolve);
        Set(AsNext2Path8, FeatureHash.Feature(508, Prefix8), resolve);
        var wide = (facts?.WidePath ?? default).Prefix(8);
        Set(AsPreviousWide8, FeatureHash.Feature(620, wide), resolve);
        Set(AsNextWide8, FeatureHash.Feature(621, wide), resolve);
    }

    /// <summary>A feature id to its pair of rows: the shared copy's and the corpus copy's.</summary>
    public delegate (uint Shared, uint Domain) RowResolver(uint feature);

    /// <summary>The token's key (<see cref="TokenFacts.Key"/>), or null for the sentence boundary; the other facts are not kept.</summary>
    public string? TokenKey { get; }

    /// <summary>The seed names that start with this token's key.</summary>
    public NameStart GazetteerStart { get; }

    /// <summary>The names of the lexicon that start with this token's key.</summary>
    public NameStart LexiconStart { get; }

    /// <summary>The key's hash, or that of the boundary.</summary>
    public ulong KeyHash { get; }

    /// <summary>The shape's hash, or that of the boundary.</summary>
    public ulong ShapeHash { get; }

    /// <summary>The hash of the key's last two characters, or that of the boundary.</summary>
    public ulong Suffix2 { get; }

    /// <summary>The cluster path cut to 8 bits.</summary>
    public ulong Prefix8 { get; }

    /// <summary>The cluster path cut to 12 bits.</summary>
    public ulong Prefix12 { get; }

    /// <summary>The number of affix features.</summary>
    public int Affixes { get; }

    /// <summary>The number of half-space part features.</summary>
    public int Parts { get; }

    /// <summary>Slots per copy: the corpus copy of slot j is at <c>Copy + j</c>.</summary>
    public int Copy { get; }

    /// <summary>The rows by slot, shared copy first.</summary>
    public uint[] Rows { get; }

    /// <summary>What lies beyond either end of a sentence, as a neighbour.</summary>
    public static WordRows BoundaryOf(RowResolver resolve) => new(null, resolve);

    private void Set(int slot, uint feature, RowResolver resolve)
    {
        var (shared, domain) = resolve(feature);
        Rows[slot] = shared;
        Rows[Copy + slot] = domain;
    }
}
