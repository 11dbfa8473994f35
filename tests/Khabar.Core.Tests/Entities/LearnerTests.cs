using Khabar.Entities.Ner;
using Khabar.Entities.Training;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

public sealed class LearnerTests
{
    [SkippableFact]
    public void A_crf_learns_peyma_names_and_its_file_tags_as_well()
    {
        var train = ConllReader.ReadFile(Repo.Shared("data", "ner", "peyma", "train.txt")).Take(600)
            .Select(s => new TrainingSentence(TagMap.Peyma.Map(s), TagMap.Peyma)).ToList();
        var dev = ConllReader.ReadFile(Repo.Shared("data", "ner", "peyma", "dev.txt")).Take(400).ToList();
        var options = new TrainingOptions { Epochs = 8, MinFeatureCount = 1, Learner = Learner.Crf, DocumentWindow = 0 };

        var model = NerTrainer.Train(train, WordClusters.Empty, [], options);
        using var stream = new MemoryStream();
        NerModelFile.Save(model, stream);
        stream.Position = 0;
        var back = NerModelFile.Load(stream);

        var seen = new PhraseScorer();
        var unseen = new PhraseScorer();
        var written = new PhraseScorer();
        foreach (var sentence in train.Take(200))
        {
            seen.Add(sentence.Sentence.Tags, model.Tag(sentence.Sentence.Tokens));
        }

        foreach (var sentence in dev)
        {
            var gold = TagMap.Peyma.Map(sentence).Tags;
            unseen.Add(gold, model.Tag(sentence.Tokens));
            written.Add(gold, back.Tag(sentence.Tokens));
        }

        Assert.True(seen.Overall().F1 > 95, $"F1 on sentences it learned from: {seen.Overall().F1:F1}");
        Assert.True(unseen.Overall().F1 > 40, $"F1 on PEYMA dev: {unseen.Overall().F1:F1}");
        // The file drops weights below 0.01 and keeps most at half precision.
        Assert.True(Math.Abs(written.Overall().F1 - unseen.Overall().F1) < 1, $"F1 on PEYMA dev {unseen.Overall().F1:F2}, as written {written.Overall().F1:F2}");
    }

    [Theory]
    [InlineData(Learner.Crf)]
    [InlineData(Learner.Perceptron)]
    public void Either_learner_fits_a_small_corpus_and_the_same_data_gives_the_same_file(Learner learner)
    {
        var data = Enumerable.Range(0, 12).Select(i => new TrainingSentence(
            new NerSentence(["وزارت", "نیرو", "در", "تهران", i.ToString(), "گفت"], ["B-ORG", "I-ORG", "O", "B-LOC", "O", "O"]), TagMap.Khabar)).ToList();
        var options = new TrainingOptions { Epochs = 3, MinFeatureCount = 1, Learner = learner };

        var first = NerTrainer.Train(data, WordClusters.Empty, [], options);
        var second = NerTrainer.Train(data, WordClusters.Empty, [], options);

        string[] tokens = ["وزارت", "نیرو", "در", "تهران", "گفت"];
        Assert.StartsWith(learner == Learner.Crf ? "crf" : "averaged perceptron", first.Info[NerTrainer.LearnerKey], StringComparison.Ordinal);
        Assert.Equal(["B-ORG", "I-ORG", "O", "B-LOC", "O"], first.Tag(tokens));
        using MemoryStream a = new(), b = new();
        NerModelFile.Save(first, a);
        NerModelFile.Save(second, b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }
}
