using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>A labeled sentence with the corpus it came from (which says which types its <c>O</c> rules out).</summary>
public sealed record TrainingSentence(NerSentence Sentence, TagMap Corpus);

/// <summary>Settings of one training run; the defaults are the shipped model's.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Features seen fewer times than this are dropped.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>
    /// When true, an <c>O</c> in a corpus that does not annotate some type may be learned as that type;
    /// when false every <c>O</c> is taken at its word.
    /// </summary>
    public bool PartialLabels { get; init; }

    /// <summary>
    /// When set, every feature also gets a copy specific to the sentence's corpus, so corpora with different
    /// conventions can be mixed; the model tags as the named corpus (<c>peyma</c>, <c>arman</c>…) annotates.
    /// </summary>
    public string? Domain { get; init; }

    /// <summary>
    /// When above 0, the model keeps a lexicon of the names annotated in its data, and each training sentence is
    /// marked with the lexicon of the other blocks (this many contiguous blocks), as unseen text will be.
    /// </summary>
    public int LexiconBlocks { get; init; }

    /// <summary>
    /// Names (keys joined by single spaces, with a type) that a first model found in unlabeled news text
    /// (<see cref="NewsNames"/>); they join the name lexicon wherever the training data does not annotate them.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>>? NewsNames { get; init; }

    /// <summary>How the model marks names (BILOU, or IOB2 as models before <c>ner-fa-4</c>); its tags are read out as IOB2 either way.</summary>
    public TagScheme Scheme { get; init; } = TagScheme.Bilou;

    /// <summary>
    /// When above 0, each token also gets the words beside the other occurrences of its word within this many
    /// sentences either side (<see cref="DocumentFeatures"/>); the data must then be in document order. 0 leaves
    /// them out, as models before <c>ner-fa-5</c>.
    /// </summary>
    public int DocumentWindow { get; init; } = DefaultDocumentWindow;

    /// <summary>The shipped model's document window.</summary>
    public const int DefaultDocumentWindow = 8;

    /// <summary>Seed of the shuffle between passes.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>
    /// How the weights are learned: a CRF (<see cref="CrfLearner"/>, from <c>ner-fa-6</c>), or an averaged
    /// perceptron, as models before it.
    /// </summary>
    public Learner Learner { get; init; } = Learner.Crf;

    /// <summary>
    /// The CRF's L2 penalty (c₂ of CRFsuite: the objective is −log-likelihood + c₂‖w‖²); the default is the shipped
    /// model's, chosen by cross-validation inside PEYMA train.
    /// </summary>
    public double L2 { get; init; } = 4;

    /// <summary>The CRF's first learning rate; it falls as 1/(λ(t₀+k)) from there.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Types to tag; null takes every type the corpora annotate.</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>Where progress lines go, if anywhere.</summary>
    public TextWriter? Log { get; init; }
}
