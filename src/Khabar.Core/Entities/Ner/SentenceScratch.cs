namespace Khabar.Entities.Ner;

/// <summary>Reusable per-thread buffers for tagging one sentence: token facts, feature ids and scores.</summary>
internal sealed class SentenceScratch
{
    /// <summary>The most feature ids one token can have.</summary>
    public const int MaxFeaturesPerToken = 192;

    [ThreadStatic]
    private static SentenceScratch? current;

    public string[] Keys { get; private set; } = new string[64];

    public ulong[] KeyHash { get; private set; } = new ulong[64];

    public ulong[] Shape { get; private set; } = new ulong[64];

    public ClusterPath[] Paths { get; private set; } = new ClusterPath[64];

    public int[] Marks { get; private set; } = new int[64];

    /// <summary>The seed and lexicon names that start at each token.</summary>
    public NameStart[] Starts { get; private set; } = new NameStart[64];

    public NameStart[] SeenStarts { get; private set; } = new NameStart[64];

    /// <summary>The emission scores of a sentence, tags per token.</summary>
    public float[] Emissions { get; private set; } = new float[64 * WeightTable.MaxTags];

    /// <summary>Viterbi's scores and back pointers.</summary>
    public float[] Scores { get; private set; } = new float[64 * WeightTable.MaxTags];

    public int[] Back { get; private set; } = new int[64 * WeightTable.MaxTags];

    /// <summary>Marks of names seen in training (the model's lexicon).</summary>
    public int[] Seen { get; private set; } = new int[64];

    public TokenFacts[] Facts { get; private set; } = new TokenFacts[64];

    /// <summary>The tokens' rows, for scoring.</summary>
    public WordRows[] Words { get; private set; } = new WordRows[64];

    /// <summary>One token's rows: the shared copies from 0, the corpus copies from <see cref="MaxFeaturesPerToken"/>.</summary>
    public uint[] Rows { get; } = new uint[2 * MaxFeaturesPerToken];

    public int[] Offsets { get; private set; } = new int[65];

    public uint[] Features { get; private set; } = new uint[64 * MaxFeaturesPerToken];

    /// <summary>This thread's buffers, large enough for <paramref name="n"/> tokens.</summary>
    public static SentenceScratch For(int n)
    {
        var scratch = current ??= new SentenceScratch();
        scratch.Ensure(n);
        return scratch;
    }

    private void Ensure(int n)
    {
        if (n <= Keys.Length)
        {
            return;
        }

        var size = Math.Max(n, 2 * Keys.Length);
        Keys = new string[size];
        KeyHash = new ulong[size];
        Shape = new ulong[size];
        Paths = new ClusterPath[size];
        Marks = new int[size];
        Seen = new int[size];
        Facts = new TokenFacts[size];
        Words = new WordRows[size];
        Starts = new NameStart[size];
        SeenStarts = new NameStart[size];
        Emissions = new float[size * WeightTable.MaxTags];
        Scores = new float[size * WeightTable.MaxTags];
        Back = new int[size * WeightTable.MaxTags];
        Offsets = new int[size + 1];
        Features = new uint[size * MaxFeaturesPerToken];
    }
}
