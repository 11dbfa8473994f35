using Khabar.Entities.Linking;

namespace Khabar.Entities.Ner;

/// <summary>A trained sequence tagger: averaged-perceptron weights over hashed features, decoded with Viterbi.</summary>
public sealed class NerModel
{
    private readonly Dictionary<uint, int> index;
    private readonly float[] weights;
    private readonly float[] transitions;

    /// <summary>A model from its parts (see <see cref="NerModelFile"/> to read and write one).</summary>
    public NerModel(TagSet tags, Dictionary<uint, int> index, float[] weights, float[] transitions,
        WordClusters clusters, IReadOnlyList<SeedEntity> seeds, IReadOnlyDictionary<string, string> info)
    {
        Tags = tags;
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
        Clusters = clusters;
        Seeds = seeds;
        Info = info;
        Features = new FeatureExtractor(clusters, BuildGazetteer(seeds));
    }

    /// <summary>The tag set.</summary>
    public TagSet Tags { get; }

    /// <summary>The word clusters the features use.</summary>
    public WordClusters Clusters { get; }

    /// <summary>The known entities: gazetteer for the features and seed list for linking.</summary>
    public IReadOnlyList<SeedEntity> Seeds { get; }

    /// <summary>Free-form facts about the model: version, training data, date.</summary>
    public IReadOnlyDictionary<string, string> Info { get; }

    /// <summary>The feature extractor this model was trained with.</summary>
    public FeatureExtractor Features { get; }

    internal Dictionary<uint, int> Index => index;

    internal float[] Weights => weights;

    internal float[] Transitions => transitions;

    /// <summary>One IOB2 tag per token.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        var best = Decode(tokens);
        return best.Select(y => Tags.Names[y]).ToArray();
    }

    /// <summary>The best tag index per token.</summary>
    internal int[] Decode(IReadOnlyList<string> tokens)
    {
        var (features, offsets) = Features.Extract(tokens);
        var emissions = Emissions(features, offsets, tokens.Count);
        return Viterbi.Decode(emissions, tokens.Count, Tags, transitions);
    }

    /// <summary>The n×T emission scores of a sentence's features.</summary>
    internal float[] Emissions(uint[] features, int[] offsets, int n)
    {
        var t = Tags.Count;
        var scores = new float[n * t];
        for (var i = 0; i < n; i++)
        {
            var row = scores.AsSpan(i * t, t);
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                if (index.TryGetValue(features[k], out var f))
                {
                    var w = weights.AsSpan(f * t, t);
                    for (var y = 0; y < t; y++)
                    {
                        row[y] += w[y];
                    }
                }
            }
        }

        return scores;
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
