using Khabar.Entities.Linking;

namespace Khabar.Entities.Ner;

/// <summary>A trained sequence tagger: linear weights over hashed features (learned by a CRF or an averaged perceptron), decoded with Viterbi.</summary>
public sealed class NerModel
{
    private readonly WeightTable table;
    private readonly float[] transitions;

    /// <summary>A model from its parts (see <see cref="NerModelFile"/> to read and write one).</summary>
    public NerModel(TagSet tags, Dictionary<uint, int> index, float[] weights, float[] transitions,
        WordClusters clusters, IReadOnlyList<SeedEntity> seeds, IReadOnlyDictionary<string, string> info, NameLexicon? lexicon = null)
    {
        Lexicon = lexicon ?? NameLexicon.Empty;
        Tags = tags;
        table = new WeightTable(index, weights, tags.Count);
        this.transitions = transitions;
        Clusters = clusters;
        Seeds = seeds;
        Info = info;
        OutsideBias = float.TryParse(info.GetValueOrDefault(OutsideBiasKey), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var bias) ? bias : 0;
        var gazetteer = BuildGazetteer(seeds);
        Features = new FeatureExtractor(clusters, gazetteer, lexicon);
        scorer = new EmissionScorer(table, FeatureExtractor.DomainHash(info.GetValueOrDefault("domain")), clusters, gazetteer, lexicon);
    }

    private NerModel(NerModel model, float bias)
    {
        (table, transitions, scorer) = (model.table, model.transitions, model.scorer);
        (Lexicon, Tags, Clusters, Seeds, Info, Features) = (model.Lexicon, model.Tags, model.Clusters, model.Seeds, model.Info, model.Features);
        OutsideBias = bias;
    }

    private readonly EmissionScorer scorer;

    /// <summary>The tag set.</summary>
    public TagSet Tags { get; }

    /// <summary>The word clusters the features use.</summary>
    public WordClusters Clusters { get; }

    /// <summary>The known entities: gazetteer for the features and seed list for linking.</summary>
    public IReadOnlyList<SeedEntity> Seeds { get; }

    /// <summary>Names seen annotated in the training data (empty when the model does not use them).</summary>
    public NameLexicon Lexicon { get; }

    /// <summary>Free-form facts about the model: version, training data, date.</summary>
    public IReadOnlyDictionary<string, string> Info { get; }

    /// <summary>The feature extractor this model was trained with.</summary>
    public FeatureExtractor Features { get; }

    internal WeightTable Table => table;

    internal float[] Transitions => transitions;

    internal EmissionScorer Scorer => scorer;

    /// <summary>
    /// How many sentences either side the model's document features look at (<see cref="DocumentFeatures"/>), or 0
    /// when it has none.
    /// </summary>
    public int DocumentWindow => int.TryParse(Info.GetValueOrDefault(DocumentWindowKey), out var window) ? window : 0;

    /// <summary>The info key of <see cref="DocumentWindow"/>.</summary>
    public const string DocumentWindowKey = "document-window";

    /// <summary>
    /// How much the decoder takes from the outside tag's score of every token, so that it names more (0: the
    /// weights as learned). The info key <see cref="OutsideBiasKey"/> gives the model's own.
    /// </summary>
    public float OutsideBias { get; }

    /// <summary>This model decoding with another <see cref="OutsideBias"/> (the weights are shared).</summary>
    public NerModel WithOutsideBias(float bias) => new(this, bias);

    /// <summary>The info key of <see cref="OutsideBias"/>.</summary>
    public const string OutsideBiasKey = "outside-bias";

    /// <summary>One IOB2 tag per token, with the tokens' document features when the model has them.</summary>
    public string[] Tag(IReadOnlyList<string> tokens, uint[][]? document = null)
    {
        var best = new int[tokens.Count];
        Decode(tokens as string[] ?? tokens.ToArray(), best, default, document);
        var names = new string[best.Length];
        for (var i = 0; i < best.Length; i++)
        {
            names[i] = Tags.Iob2(best[i]);
        }

        return names;
    }

    /// <summary>
    /// One IOB2 tag per token of each sentence of a document (sentences in order), each sentence seeing the others
    /// around it when the model has document features.
    /// </summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var document = DocumentWindow > 0 ? DocumentFeatures.Of(sentences, DocumentWindow) : null;
        return sentences.Select((tokens, k) => Tag(tokens, document?[k])).ToArray();
    }

    /// <summary>The best tag index per token into <paramref name="best"/>, and each token's key into <paramref name="keys"/> when given.</summary>
    internal void Decode(ReadOnlySpan<string> tokens, Span<int> best, Span<string> keys, uint[][]? document = null)
    {
        var n = tokens.Length;
        if (document is not null && document.Length != n)
        {
            throw new ArgumentException($"document features for {document.Length} tokens, not {n}", nameof(document));
        }

        if (n == 0)
        {
            return;
        }

        var scratch = SentenceScratch.For(n);
        var size = n * Tags.Count;
        var emissions = scratch.Emissions.AsSpan(0, size);
        scorer.Score(tokens, scratch, emissions, document);
        if (!keys.IsEmpty)
        {
            scratch.Keys.AsSpan(0, n).CopyTo(keys);
        }

        if (OutsideBias != 0)
        {
            for (var i = 0; i < n; i++)
            {
                emissions[i * Tags.Count] -= OutsideBias;
            }
        }

        NameBreaks.Apply(scratch.Keys.AsSpan(0, n), emissions, Tags);
        Viterbi.Decode(emissions, n, Tags, transitions, null, best, scratch.Scores.AsSpan(0, size), scratch.Back.AsSpan(0, size));
    }

    /// <summary>The gazetteer of the seed entities' names.</summary>
    public static Gazetteer BuildGazetteer(IEnumerable<SeedEntity> seeds)
    {
        var gazetteer = new Gazetteer();
        foreach (var seed in seeds)
        {
            foreach (var name in seed.Names)
            {
                gazetteer.Add(NerTokenizer.Tokenize(name).Select(t => t.Text).ToArray(), seed.Type);
            }
        }

        return gazetteer;
    }
}
