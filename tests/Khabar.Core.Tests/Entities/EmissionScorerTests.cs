using Khabar.Entities.Linking;
using Khabar.Entities.Ner;
using Khabar.Entities.Training;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

/// <summary>The scorer's emissions are, to the bit, those of listing every feature id, resolving and summing them.</summary>
public sealed class EmissionScorerTests
{
    private static readonly string[] Pieces = ["اسماعیل", "هنیه", "حماس", "می‌شود", "می شود", "كتـــاب", "عَلي", "۱۴۰۳", "1403", "Tehran", "USA", "،",
        ".", "\u200C", "\u200E", "ایالات‌متحده", "سازمان ملل", "تهران", "غزه", "a\u200Cb\u200Cc", "İ", "ΣΑ", "😀", "x\u0000y", "جمهوری", "اسلامی", "ایران",
        "«", "»", "(", ")", "\"", "[", "]",
        "به", "ریاست", "وزیر", "امور", "خارجه", "کرج", "البرز", "استان", "در", "و"];

    [Fact]
    public void The_shipped_model_scores_odd_sentences_as_its_feature_list_sums()
    {
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            AssertSame(ShippedModel.Get(), RandomTokens(random));
        }
    }

    [SkippableFact]
    public void The_shipped_model_scores_peyma_dev_and_a_real_article_as_its_feature_list_sums()
    {
        foreach (var s in ConllReader.ReadFile(Repo.Shared("data", "ner", "peyma", "dev.txt")).Take(500))
        {
            AssertSame(ShippedModel.Get(), s.Tokens.ToArray());
        }

        var article = Extract.File(Repo.Shared("fixtures", "seed", "borna-2076019.txt"));
        foreach (var text in article.Paragraphs.Prepend(article.Title ?? ""))
        {
            AssertSame(ShippedModel.Get(), NerTokenizer.Tokenize(text).Select(t => t.Text).ToArray());
        }
    }

    [Theory]
    [InlineData(null, 0, false)]
    [InlineData("khabar", 0, false)]
    [InlineData("khabar", 2, false)]
    [InlineData(null, 0, true)]
    [InlineData("khabar", 2, true)]
    public void A_model_trained_here_scores_as_its_feature_list_sums(string? domain, int lexiconBlocks, bool clustered)
    {
        // Full-precision weights, with and without corpus copies and the name lexicon, and a seed gazetteer.
        var random = new Random(11);
        var data = Enumerable.Range(0, 60).Select(_ =>
        {
            var tokens = RandomTokens(random);
            var tags = tokens.Select(t => t switch { "تهران" or "غزه" or "کرج" => "B-LOC", "حماس" => "B-ORG", "هنیه" => "B-PER", _ => "O" }).ToArray();
            return new TrainingSentence(new NerSentence(tokens, tags), TagMap.Khabar);
        }).ToList();
        SeedEntity[] seeds = [new("ir-city:karaj", "LOC", "کرج", "Karaj", ["استان البرز"])];
        var model = NerTrainer.Train(data, clustered ? RandomClusters(random) : WordClusters.Empty, seeds,
            new TrainingOptions { Epochs = 3, MinFeatureCount = 1, Domain = domain, LexiconBlocks = lexiconBlocks });
        for (var round = 0; round < 100; round++)
        {
            AssertSame(model, RandomTokens(random));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("khabar")]
    public void A_model_with_document_features_scores_as_its_feature_list_sums(string? domain)
    {
        var random = new Random(13);
        var data = Enumerable.Range(0, 80).Select(_ =>
        {
            var tokens = RandomTokens(random);
            var tags = tokens.Select(t => t switch { "تهران" or "کرج" => "B-LOC", "هنیه" => "B-PER", _ => "O" }).ToArray();
            return new TrainingSentence(new NerSentence(tokens, tags), TagMap.Khabar);
        }).ToList();
        var model = NerTrainer.Train(data, WordClusters.Empty, [],
            new TrainingOptions { Epochs = 3, MinFeatureCount = 1, Domain = domain, LexiconBlocks = 2, DocumentWindow = 3 });
        var test = Enumerable.Range(0, 40).Select(_ => RandomTokens(random)).ToArray();
        var document = DocumentFeatures.Of(test, model.DocumentWindow);

        Assert.Equal(3, model.DocumentWindow);
        Assert.Contains(document, s => s.Any(f => f.Length > 0));
        for (var k = 0; k < test.Length; k++)
        {
            AssertSame(model, test[k], document[k]);
        }
    }

    // Both clusterings, as the shipped model has them: a path for each piece's key (and a few left without one).
    private static WordClusters RandomClusters(Random random)
    {
        Dictionary<string, ClusterPath> Paths() => Pieces.Select(TokenText.Key).Distinct().Where(_ => random.Next(5) > 0)
            .ToDictionary(k => k, _ => new ClusterPath(random.Next(1 << 16), random.Next(1, 17)));
        return new WordClusters(Paths()) { Wide = new WordClusters(Paths()) };
    }

    private static string[] RandomTokens(Random random) =>
        Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)] + (random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)] : "")).ToArray();

    private static void AssertSame(NerModel model, string[] tokens, uint[][]? document = null)
    {
        var n = tokens.Length;
        var t = model.Tags.Count;
        var expected = new float[n * t];
        var scratch = SentenceScratch.For(n);
        model.Features.Extract(tokens, scratch, FeatureExtractor.DomainHash(model.Info.GetValueOrDefault("domain")), null, document);
        var keys = scratch.Keys.AsSpan(0, n).ToArray();
        model.Table.Resolve(scratch.Features.AsSpan(0, scratch.Offsets[n]));
        for (var i = 0; i < n; i++)
        {
            model.Table.Sum(scratch.Features.AsSpan(scratch.Offsets[i], scratch.Offsets[i + 1] - scratch.Offsets[i]), expected.AsSpan(i * t, t));
        }

        var actual = new float[n * t];
        model.Scorer.Score(tokens, SentenceScratch.For(n), actual, document);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(keys, SentenceScratch.For(n).Keys.AsSpan(0, n).ToArray());
    }
}
