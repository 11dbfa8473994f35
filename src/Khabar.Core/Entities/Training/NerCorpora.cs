using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>The labeled corpora under the shared data folder (<c>ner/arman</c>, <c>ner/peyma</c>, <c>ner/parstwiner</c>), mapped to Khabar's tags.</summary>
public sealed class NerCorpora(string dataRoot)
{
    /// <summary>The data folder (the one holding <c>ner/</c>, <c>news/</c> and <c>gazetteers/</c>).</summary>
    public string DataRoot { get; } = dataRoot;

    /// <summary>ARMAN fold 1–3, its training or its test part.</summary>
    public IReadOnlyList<TrainingSentence> Arman(int fold, bool test) =>
        Read(TagMap.Arman, "arman", $"{(test ? "test" : "train")}_fold{fold}.txt");

    /// <summary>All of ARMAN (fold 1's training and test parts together).</summary>
    public IReadOnlyList<TrainingSentence> ArmanAll() => [.. Arman(1, test: false), .. Arman(1, test: true)];

    /// <summary>PEYMA <c>train</c> or <c>dev</c>.</summary>
    public IReadOnlyList<TrainingSentence> Peyma(string split) => Read(TagMap.Peyma, "peyma", split + ".txt");

    /// <summary>ParsTwiNER <c>train</c>, <c>dev</c> or <c>test</c>.</summary>
    public IReadOnlyList<TrainingSentence> ParsTwiner(string split) => Read(TagMap.ParsTwiner, "parstwiner", split + ".txt");

    /// <summary>The shipped model's training data: all of ARMAN, PEYMA train, ParsTwiNER train and dev.</summary>
    public IReadOnlyList<TrainingSentence> Shipped() => [.. ArmanAll(), .. Peyma("train"), .. ParsTwiner("train"), .. ParsTwiner("dev")];

    /// <summary>The path of a file under the data folder.</summary>
    public string PathOf(params string[] parts) => Path.Combine([DataRoot, .. parts]);

    private List<TrainingSentence> Read(TagMap map, string folder, string file) =>
        ConllReader.ReadFile(PathOf("ner", folder, file)).Select(s => new TrainingSentence(map.Map(s), map)).ToList();
}
