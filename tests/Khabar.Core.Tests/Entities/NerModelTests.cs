using Khabar.Entities.Ner;
using Khabar.Entities.Training;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

public sealed class NerModelTests
{
    [Fact]
    public void The_shipped_model_loads_with_its_types_version_and_seeds()
    {
        var model = ShippedModel.Get();
        Assert.Equal(["PER", "ORG", "LOC", "FAC", "EVENT", "PRO", "DAT"], model.Tags.Types);
        Assert.Equal("ner-fa-6", model.Info["version"]);
        Assert.Equal("crf, l2 4, rate 0.1, 20 epochs", model.Info[NerTrainer.LearnerKey]);
        Assert.Equal(8, model.DocumentWindow);
        Assert.Equal(TagScheme.Bilou, model.Tags.Scheme);
        Assert.Equal("peyma", model.Info["domain"]);
        Assert.Contains(model.Lexicon.Entries, e => e.Key == "تهران" && e.Value == "LOC");
        Assert.Contains(model.Seeds, s => s.Id == "ir-city:karaj" && s.English == "Karaj");
        Assert.True(model.Clusters.Paths.Count > 10000);
    }

    [Fact]
    public void A_model_written_and_read_back_tags_the_same()
    {
        var model = ShippedModel.Get();
        using var stream = new MemoryStream();
        NerModelFile.Save(model, stream);
        stream.Position = 0;
        var back = NerModelFile.Load(stream);
        string[] tokens = ["وزیر", "امور", "خارجه", "ایران", "با", "همتای", "ترکیه", "در", "آنکارا", "دیدار", "کرد", "."];
        Assert.Equal(model.Tag(tokens), back.Tag(tokens));
    }

    [Fact]
    public void The_wide_clusters_are_written_and_read_back()
    {
        var model = ShippedModel.Get();
        Assert.NotNull(model.Clusters.Wide);
        Assert.True(model.Clusters.Wide.Paths.Count > 10000);
        using var stream = new MemoryStream();
        NerModelFile.Save(model, stream);
        stream.Position = 0;
        var back = NerModelFile.Load(stream);
        Assert.Equal(model.Clusters.Wide.Paths.OrderBy(p => p.Key, StringComparer.Ordinal), back.Clusters.Wide!.Paths.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(model.Clusters.Paths.Count, back.Clusters.Paths.Count);
    }

    [Fact]
    public void A_model_without_wide_clusters_reads_back_without_them()
    {
        var data = Enumerable.Range(0, 10).Select(i => new TrainingSentence(
            new NerSentence(["وزارت", "نیرو", "در", "تهران", i.ToString()], ["B-ORG", "I-ORG", "O", "B-LOC", "O"]), TagMap.Khabar)).ToList();
        var model = NerTrainer.Train(data, WordClusters.Empty, [], new TrainingOptions { Epochs = 2, MinFeatureCount = 1 });
        using var stream = new MemoryStream();
        NerModelFile.Save(model, stream);
        stream.Position = 0;
        var back = NerModelFile.Load(stream);
        Assert.Null(back.Clusters.Wide);
        string[] tokens = ["وزارت", "نیرو", "در", "تهران"];
        Assert.Equal(model.Tag(tokens), back.Tag(tokens));
    }

    [Fact]
    public void News_names_join_the_model_lexicon_behind_the_annotated_names_and_read_back()
    {
        var data = Enumerable.Range(0, 10).Select(i => new TrainingSentence(
            new NerSentence(["وزارت", "نیرو", "در", "تهران", i.ToString()], ["B-ORG", "I-ORG", "O", "B-LOC", "O"]), TagMap.Khabar)).ToList();
        var options = new TrainingOptions { Epochs = 2, MinFeatureCount = 1, LexiconBlocks = 2, NewsNames = [new("تهران", "ORG"), new("مس سونگون", "ORG")] };

        var model = NerTrainer.Train(data, WordClusters.Empty, [], options);
        using var stream = new MemoryStream();
        NerModelFile.Save(model, stream);
        stream.Position = 0;
        var back = NerModelFile.Load(stream);

        KeyValuePair<string, string>[] expected = [new("تهران", "LOC"), new("مس سونگون", "ORG"), new("وزارت نیرو", "ORG")];
        Assert.Equal(expected, model.Lexicon.Entries);
        Assert.Equal(expected, back.Lexicon.Entries);
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var model = ShippedModel.Get();
        var random = new Random(1234);
        const string alphabet = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكـًٌٍَُِّ‌ ۰۱۲۳0123456789.,،؛!?؟«»()-/\t\n\u200F\u200E\uFEFFabcXYZ😀\ud800";
        for (var round = 0; round < 300; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var tokens = NerTokenizer.Tokenize(text);
            Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
            var tags = model.Tag(tokens.Select(t => t.Text).ToArray());
            Assert.Equal(tokens.Count, tags.Length);
            Assert.DoesNotContain(TagSpan.From(tags), s => s.End <= s.Start);
        }

        Assert.Empty(model.Tag([]));
    }

    [SkippableFact]
    public void The_model_tags_peyma_dev_well_enough()
    {
        var dev = ConllReader.ReadFile(Repo.Shared("data", "ner", "peyma", "dev.txt")).Select(TagMap.Peyma.Map).Take(300).ToList();
        var scorer = new PhraseScorer();
        foreach (var s in dev)
        {
            scorer.Add(s.Tags, ShippedModel.Get().Tag(s.Tokens));
        }

        Assert.InRange(scorer.Overall("PER", "ORG", "LOC").F1, 65, 100);
    }
}
