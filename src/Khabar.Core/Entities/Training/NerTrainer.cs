using System.Diagnostics;
using Khabar.Entities.Linking;
using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>
/// Trains a tagger: features, name lexicons and document features as the options say, then the weights by a CRF
/// (<see cref="CrfLearner"/>) or an averaged structured perceptron. With partial labels, a sentence from a corpus
/// that does not annotate some type is learned from the taggings that agree with its annotation (an <c>O</c> there
/// may be a name of an unannotated type): the perceptron from the best of them, the CRF from all of them.
/// </summary>
public static class NerTrainer
{
    /// <summary>A model trained on the sentences.</summary>
    public static NerModel Train(IReadOnlyList<TrainingSentence> data, WordClusters clusters, IReadOnlyList<SeedEntity> seeds,
        TrainingOptions options, IReadOnlyDictionary<string, string>? info = null)
    {
        var clock = Stopwatch.StartNew();
        var types = options.Types ?? EntityTypes.All.Where(t => data.Any(d => d.Corpus.Annotated.Contains(t))).ToList();
        var tags = new TagSet(types, options.Scheme);
        var lexicon = options.LexiconBlocks > 0 ? NameLexicon.From(data.Select(d => d.Sentence), options.NewsNames) : null;
        var extractor = new FeatureExtractor(clusters, NerModel.BuildGazetteer(seeds), lexicon);
        var blocks = HeldOutLexicons(data, options.LexiconBlocks, options.NewsNames);
        var document = options.DocumentWindow > 0 ? DocumentFeatures.Of(data.Select(d => d.Sentence.Tokens).ToList(), options.DocumentWindow) : null;
        var examples = data.Select((d, i) => Example.Of(d, tags, extractor, options.PartialLabels, options.Domain is not null,
            blocks.Count > 0 ? blocks[(int)((long)i * blocks.Count / data.Count)] : null, document?[i])).ToList();
        var index = FeatureIndex(examples, options.MinFeatureCount);
        foreach (var example in examples)
        {
            example.Resolve(index);
        }

        options.Log?.WriteLine($"train: {examples.Count} sentences, {examples.Sum(e => e.Gold.Length)} tokens, {index.Count} features, tags {string.Join(' ', tags.Names)}");
        var (weights, transitions) = options.Learner == Learner.Crf
            ? CrfLearner.Fit(examples, tags, index.Count, options, clock)
            : PerceptronLearner.Fit(examples, tags, index.Count, options, clock);
        var merged = new Dictionary<string, string>(info ?? new Dictionary<string, string>()) { ["types"] = string.Join(' ', types) };
        if (options.Domain is not null)
        {
            merged["domain"] = options.Domain;
        }

        if (options.DocumentWindow > 0)
        {
            merged[NerModel.DocumentWindowKey] = options.DocumentWindow.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        merged[LearnerKey] = options.Learner == Learner.Crf
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"crf, l2 {options.L2}, rate {options.LearningRate}, {options.Epochs} epochs")
            : $"averaged perceptron, {options.Epochs} epochs";
        if (options.Scheme == TagScheme.Bilou)
        {
            merged[TagSchemes.Key] = TagSchemes.Bilou;
        }

        return new NerModel(tags, index, weights, transitions, clusters, seeds, merged, lexicon);
    }

    /// <summary>The model info key that says how the weights were learned.</summary>
    public const string LearnerKey = "learner";

    /// <summary>For each of <paramref name="k"/> contiguous blocks of the data, the lexicon of the other blocks (and the news names).</summary>
    private static List<NameLexicon> HeldOutLexicons(IReadOnlyList<TrainingSentence> data, int k, IReadOnlyList<KeyValuePair<string, string>>? more)
    {
        var lexicons = new List<NameLexicon>();
        for (var block = 0; block < k; block++)
        {
            int from = (int)((long)data.Count * block / k), to = (int)((long)data.Count * (block + 1) / k);
            // A news name the block itself annotates is left out too: the first model may have found it in the news
            // only because it learned it from this block, which unseen text cannot count on.
            var own = more is null ? null : NameLexicon.From(data.Skip(from).Take(to - from).Select(d => d.Sentence)).Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            lexicons.Add(NameLexicon.From(data.Where((_, i) => i < from || i >= to).Select(d => d.Sentence), more?.Where(n => !own!.Contains(n.Key))));
        }

        return lexicons;
    }

    private static Dictionary<uint, int> FeatureIndex(List<Example> examples, int minCount)
    {
        var counts = new Dictionary<uint, int>();
        foreach (var e in examples)
        {
            foreach (var f in e.Features)
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        var index = new Dictionary<uint, int>();
        foreach (var (f, count) in counts.OrderBy(p => p.Key))
        {
            if (count >= minCount)
            {
                index[f] = index.Count;
            }
        }

        return index;
    }
}
