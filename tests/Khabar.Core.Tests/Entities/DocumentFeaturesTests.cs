using Khabar.Entities.Ner;

namespace Khabar.Core.Tests.Entities;

public sealed class DocumentFeaturesTests
{
    private static readonly string[][] Article =
    [
        ["حسین", "محمدی", "در", "نشست", "خبری", "گفت", ":"],
        ["کرج", "دومین", "شهر", "آلوده", "کشور", "است", "."],
        ["محمدی", "افزود", ":", "شهرداری", "کرج", "برنامه", "دارد", "."],
    ];

    [Fact]
    public void A_word_gets_the_words_beside_its_other_occurrences_in_the_window()
    {
        var features = DocumentFeatures.Of(Article, window: 2);

        // محمدی in the third sentence: after حسین and before در, where the first sentence has it in full.
        Assert.Equal([FeatureHash.Feature(910, FeatureHash.Of("حسین")), FeatureHash.Feature(911, FeatureHash.Of("در"))], features[2][0]);
        // ... and in the first: at the start of a sentence, before افزود.
        Assert.Equal([FeatureHash.Feature(910, FeatureHash.Of("<s>")), FeatureHash.Feature(911, FeatureHash.Of("افزود"))], features[0][1]);
        Assert.Empty(features[0][0]);
        Assert.Empty(features[2][2]);
    }

    [Fact]
    public void Occurrences_outside_the_window_say_nothing()
    {
        var features = DocumentFeatures.Of(Article, window: 1);

        Assert.Empty(features[2][0]);
        Assert.Equal(2, features[2][4].Length);
        Assert.Equal(2, features[1][0].Length);
    }

    [Fact]
    public void A_word_too_common_in_the_window_gets_nothing()
    {
        string[] places = ["تهران", "کرج", "قم", "شیراز", "تبریز", "مشهد", "یزد", "کرمان", "رشت", "ساری", "اراک", "زنجان", "سمنان", "بوشهر"];
        var sentences = places.Select(p => (string[])["وی", "گفت", p]).ToArray();

        var features = DocumentFeatures.Of(sentences, window: 100);

        Assert.True(sentences.Length > DocumentFeatures.MaxOccurrences + 1);
        Assert.All(features, s => Assert.Empty(s[1]));
        Assert.All(features, s => Assert.Empty(s[2]));
        Assert.NotEmpty(DocumentFeatures.Of(sentences[..DocumentFeatures.MaxOccurrences], window: 100)[0][1]);
    }

    [Fact]
    public void Document_features_for_another_sentence_are_refused_by_name()
    {
        var features = DocumentFeatures.Of(Article, window: 2);

        var error = Assert.Throws<ArgumentException>(() => ShippedModel.Get().Tag(Article[1], features[2]));
        Assert.Equal("document", error.ParamName);
    }

    [Fact]
    public void Random_tokens_give_features_only_within_the_limits()
    {
        var random = new Random(5);
        string[] pieces = ["تهران", "علی", "،", "۱۴۰۳", "\u200C", "a", "", " ", "هنیه", "x\u0000", "😀", "می‌شود"];
        var sentences = Enumerable.Range(0, 60).Select(_ => Enumerable.Range(0, random.Next(0, 20)).Select(_ => pieces[random.Next(pieces.Length)]).ToArray()).ToArray();

        var features = DocumentFeatures.Of(sentences, window: 3);

        Assert.Equal(sentences.Select(s => s.Length), features.Select(s => s.Length));
        Assert.All(features.SelectMany(s => s), f => Assert.True(f.Length <= DocumentFeatures.MaxPerToken && f.Distinct().Count() == f.Length));
    }
}
