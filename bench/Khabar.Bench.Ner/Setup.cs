using Khabar.Entities.Ner;
using Khabar.Entities.Training;

namespace Khabar.Bench.Ner;

/// <summary>
/// The training setup shared by <c>eval</c> and <c>cv</c>: by default the shipped recipe's (the target corpus with
/// the other corpora added, corpus-specific feature copies, held-out name lexicons); <c>--single</c> trains on the
/// target corpus alone without them (the first model's recipe).
/// </summary>
internal sealed record Setup(TrainingOptions Options, bool Single, bool NewsNames, int NewsMinCount)
{
    public static Setup Parse(string[] args)
    {
        var single = args.Contains("--single");
        var defaults = new TrainingOptions();
        var options = defaults with
        {
            Epochs = int.Parse(Paths.Option(args, "--epochs", "20")!),
            MinFeatureCount = int.Parse(Paths.Option(args, "--min-count", "2")!),
            Scheme = args.Contains("--iob2") ? TagScheme.Iob2 : TagScheme.Bilou,
            DocumentWindow = int.Parse(Paths.Option(args, "--doc", TrainingOptions.DefaultDocumentWindow.ToString())!),
            Learner = args.Contains("--perceptron") ? Learner.Perceptron : Learner.Crf,
            L2 = Paths.Option(args, "--l2") is { } l2 ? double.Parse(l2, System.Globalization.CultureInfo.InvariantCulture) : defaults.L2,
            LearningRate = Paths.Option(args, "--rate") is { } rate ? double.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) : defaults.LearningRate,
        };
        if (!single)
        {
            options = options with { LexiconBlocks = int.Parse(Paths.Option(args, "--lexicon", NerRecipe.LexiconBlocks.ToString())!) };
        }

        return new Setup(options, single, !single && args.Contains("--news-names"),
            int.Parse(Paths.Option(args, "--news-min", Khabar.Entities.Training.NewsNames.MinCount.ToString())!));
    }

    /// <summary>The training data for a target corpus (<c>peyma</c> or <c>arman</c>) given its own training part.</summary>
    public IReadOnlyList<TrainingSentence> Data(NerRecipe recipe, string domain, IReadOnlyList<TrainingSentence> own) =>
        Single ? own : [.. own, .. recipe.Helpers(domain)];

    /// <summary>A model for a target corpus: with <c>--news-names</c>, in two passes with the names found in the news text.</summary>
    public NerModel Train(NerRecipe recipe, IReadOnlyList<TrainingSentence> data, WordClusters clusters, string trainedOn, TrainingOptions options) =>
        NewsNames ? recipe.TrainWithNewsNames(data, clusters, trainedOn, options, NewsMinCount) : recipe.Train(data, clusters, trainedOn, options);

    /// <summary>The options for a target corpus.</summary>
    public TrainingOptions For(string domain) => Single ? Options : Options with { Domain = domain };

    /// <summary>A label for the report.</summary>
    public string Describe(string domain) => Single
        ? $"{domain} alone"
        : $"{domain} + {(domain == TagMap.Peyma.Name ? "ARMAN" : "PEYMA train")} + ParsTwiNER train/dev, corpus-specific features, name lexicon{(NewsNames ? $" with news names (found ≥ {NewsMinCount} times)" : "")}, wide clusters{(Options.Scheme == TagScheme.Iob2 ? ", IOB2 tags" : "")}{(Options.DocumentWindow > 0 ? $", document features (±{Options.DocumentWindow} sentences)" : "")}{(Options.Learner == Learner.Crf ? $", CRF (c2 {Options.L2}, rate {Options.LearningRate})" : ", averaged perceptron")}";
}
