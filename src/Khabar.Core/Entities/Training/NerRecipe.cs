using Khabar.Entities.Linking;
using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>How the shipped model is made from the shared data folder; the CLI and the bench both follow it.</summary>
public sealed class NerRecipe(string dataRoot, TextWriter? log = null)
{
    /// <summary>The model's version, written into the model and its card.</summary>
    public const string Version = "ner-fa-2";

    /// <summary>The labeled corpora.</summary>
    public NerCorpora Corpora { get; } = new(dataRoot);

    /// <summary>Seeds: the built-in list and Iran's provinces and cities.</summary>
    public IReadOnlyList<SeedEntity> Seeds() =>
        SeedEntities.With(IranGazetteer.Read(Corpora.PathOf("gazetteers", "iran-provinces-cities.json")));

    /// <summary>Word clusters from the news sets, read from <paramref name="cache"/> when it exists (and written there when not).</summary>
    public WordClusters Clusters(string? cache = null)
    {
        if (cache is not null && File.Exists(cache))
        {
            return ClusterFile.Load(cache);
        }

        var clusters = new ClusterBuilder().Build(() => NewsText.Read(Corpora.DataRoot), log);
        if (cache is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cache))!);
            ClusterFile.Save(clusters, cache);
        }

        return clusters;
    }

    /// <summary>A model trained on the given sentences with the recipe's clusters, seeds and settings.</summary>
    public NerModel Train(IReadOnlyList<TrainingSentence> data, WordClusters clusters, string trainedOn, TrainingOptions? options = null) =>
        PerceptronTrainer.Train(data, clusters, Seeds(), (options ?? new TrainingOptions()) with { Log = log },
            new Dictionary<string, string>
            {
                ["version"] = Version,
                ["trained-on"] = trainedOn,
                ["clusters"] = "ISNA 5-category, Fars News (langml), Varzesh3 (langml)",
            });

    /// <summary>
    /// The shipped model: all of ARMAN, PEYMA train, ParsTwiNER train and dev, with corpus-specific feature copies;
    /// it tags as PEYMA (news) annotates.
    /// </summary>
    public NerModel Shipped(WordClusters clusters) =>
        Train(Corpora.Shipped(), clusters, "ARMAN (all 3 folds' text), PEYMA train, ParsTwiNER train+dev",
            Mixed(TagMap.Peyma.Name) with { MinFeatureCount = ShippedMinFeatureCount });

    /// <summary>The settings for a model that tags as <paramref name="domain"/> annotates, trained on several corpora.</summary>
    public static TrainingOptions Mixed(string domain) => new() { Domain = domain, LexiconBlocks = LexiconBlocks };

    /// <summary>The other corpora added to one corpus's training data: the other news corpus and ParsTwiNER train and dev.</summary>
    public IReadOnlyList<TrainingSentence> Helpers(string domain) =>
    [
        .. domain == TagMap.Peyma.Name ? Corpora.ArmanAll() : Corpora.Peyma("train"),
        .. Corpora.ParsTwiner("train"), .. Corpora.ParsTwiner("dev"),
    ];

    /// <summary>Contiguous blocks for the held-out name lexicons (see <see cref="TrainingOptions.LexiconBlocks"/>).</summary>
    public const int LexiconBlocks = 5;

    /// <summary>Features seen fewer times than this are left out of the shipped model, which keeps it small.</summary>
    public const int ShippedMinFeatureCount = 3;
}
