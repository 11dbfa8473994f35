using Khabar.Entities.Linking;
using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>How the shipped model is made from the shared data folder; the CLI and the bench both follow it.</summary>
public sealed class NerRecipe(string dataRoot, TextWriter? log = null)
{
    /// <summary>The model's version, written into the model and its card.</summary>
    public const string Version = "ner-fa-6";

    /// <summary>The labeled corpora.</summary>
    public NerCorpora Corpora { get; } = new(dataRoot);

    /// <summary>The seeds the tagger is trained with: <see cref="SeedEntities.Tagger"/> and Iran's provinces and cities.</summary>
    public IReadOnlyList<SeedEntity> Seeds() =>
        SeedEntities.ForTraining(IranGazetteer.Read(Corpora.PathOf("gazetteers", "iran-provinces-cities.json")));

    /// <summary>
    /// Word clusters from the news sets with, when <paramref name="wide"/>, the second clustering of a wider context
    /// (<see cref="WordClusters.Wide"/>); each read from its cache file when <paramref name="cache"/> is given and it
    /// exists (and written there when not).
    /// </summary>
    public WordClusters Clusters(string? cache = null, bool wide = true)
    {
        var narrow = Cached(cache, () => new ClusterBuilder().Build(() => NewsText.Read(Corpora.DataRoot), log));
        if (!wide)
        {
            return narrow;
        }

        var second = Cached(cache is null ? null : WideCache(cache), () => WideBuilder().Build(() => NewsText.Read(Corpora.DataRoot), log));
        return new WordClusters(narrow.Paths) { Wide = second };
    }

    /// <summary>The builder of the wide clustering: 500 context words at each of the two positions either side.</summary>
    public static ClusterBuilder WideBuilder() => new(contexts: 500, seed: 13, window: 2);

    /// <summary>The cache file of the wide clustering beside that of the first.</summary>
    public static string WideCache(string cache) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(cache))!, "wide-" + Path.GetFileName(cache));

    private static WordClusters Cached(string? cache, Func<WordClusters> build)
    {
        if (cache is not null && File.Exists(cache))
        {
            return ClusterFile.Load(cache);
        }

        var clusters = build();
        if (cache is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cache))!);
            ClusterFile.Save(clusters, cache);
        }

        return clusters;
    }

    /// <summary>A model trained on the given sentences with the recipe's clusters, seeds and settings.</summary>
    public NerModel Train(IReadOnlyList<TrainingSentence> data, WordClusters clusters, string trainedOn, TrainingOptions? options = null) =>
        NerTrainer.Train(data, clusters, Seeds(), (options ?? new TrainingOptions()) with { Log = log }, Info(trainedOn));

    /// <summary>
    /// A model trained in two passes: a first model, trained as <see cref="Train"/> does, tags the unlabeled news text;
    /// the names it finds there (<see cref="NewsNames"/>) join the name lexicon of the second, which is returned.
    /// Both see only <paramref name="data"/>, so a test set stays unseen.
    /// </summary>
    public NerModel TrainWithNewsNames(IReadOnlyList<TrainingSentence> data, WordClusters clusters, string trainedOn, TrainingOptions options,
        int minCount = NewsNames.MinCount)
    {
        var first = Train(data, clusters, trainedOn, options);
        var names = NewsNames.Find(first, NewsText.Read(Corpora.DataRoot), minCount);
        log?.WriteLine($"train: {names.Count} names found in the news text by the first model");
        var info = Info(trainedOn);
        info["news-names"] = $"{names.Count} names a first model found at least {minCount} times in the clusters' news text, with one type in at least {NewsNames.MinShare * 100:F0} % of them";
        return NerTrainer.Train(data, clusters, Seeds(), options with { Log = log, NewsNames = names }, info);
    }

    /// <summary>
    /// The shipped model: all of ARMAN, PEYMA train, ParsTwiNER train and dev, with corpus-specific feature copies;
    /// it tags as PEYMA (news) annotates. (It is trained in one pass: <see cref="TrainWithNewsNames"/> did not pass
    /// cross-validation; see the model card.)
    /// </summary>
    public NerModel Shipped(WordClusters clusters) =>
        Train(Corpora.Shipped(), clusters, "ARMAN (all 3 folds' text), PEYMA train, ParsTwiNER train+dev",
            Mixed(TagMap.Peyma.Name) with { MinFeatureCount = ShippedMinFeatureCount });

    private static Dictionary<string, string> Info(string trainedOn) => new()
    {
        ["version"] = Version,
        ["trained-on"] = trainedOn,
        ["clusters"] = "ISNA 5-category, Fars News (langml), Varzesh3 (langml); a second, wide-context clustering of the same text",
    };

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
