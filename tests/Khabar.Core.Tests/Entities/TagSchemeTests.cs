using Khabar.Entities.Ner;
using Khabar.Entities.Training;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

public sealed class TagSchemeTests
{
    private static readonly string[] Types = ["PER", "ORG", "LOC", "FAC", "EVENT", "PRO", "DAT"];

    [Fact]
    public void Bilou_marks_the_last_token_of_a_name_and_names_of_one_token()
    {
        var tags = new TagSet(Types, TagScheme.Bilou);
        string[] iob2 = ["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "I-PER", "B-PER", "B-PER", "I-PER", "B-XYZ", "I-DAT"];

        var encoded = tags.Encode(iob2).Select(t => tags.Names[t]);

        Assert.Equal(["B-ORG", "I-ORG", "L-ORG", "O", "U-LOC", "O", "U-PER", "U-PER", "B-PER", "L-PER", "O", "U-DAT"], encoded);
    }

    [Fact]
    public void Bilou_tags_read_out_as_well_formed_iob2()
    {
        var tags = new TagSet(Types, TagScheme.Bilou);
        string[] iob2 = ["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "I-PER", "B-PER", "B-PER", "I-PER"];

        var read = tags.Encode(iob2).Select(tags.Iob2);

        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "B-PER", "B-PER", "B-PER", "I-PER"], read);
    }

    [Fact]
    public void Bilou_allows_only_well_formed_sequences()
    {
        var tags = new TagSet(Types, TagScheme.Bilou);
        int Tag(string name) => tags.IndexOf(name);

        Assert.Equal(1 + 4 * Types.Length, tags.Count);
        Assert.True(tags.CanFollow(Tag("B-ORG"), Tag("I-ORG")));
        Assert.True(tags.CanFollow(Tag("I-ORG"), Tag("L-ORG")));
        Assert.True(tags.CanFollow(Tag("L-ORG"), Tag("U-LOC")));
        Assert.True(tags.CanFollow(Tag("U-LOC"), Tag("O")));
        Assert.False(tags.CanFollow(Tag("B-ORG"), Tag("O")));
        Assert.False(tags.CanFollow(Tag("I-ORG"), Tag("B-LOC")));
        Assert.False(tags.CanFollow(Tag("O"), Tag("L-ORG")));
        Assert.False(tags.CanFollow(Tag("B-ORG"), Tag("L-LOC")));
        Assert.False(tags.CanFollow(Tag("U-ORG"), Tag("I-ORG")));
        Assert.True(tags.IsInside(Tag("L-ORG")));
        Assert.False(tags.CanEnd(Tag("B-ORG")));
        Assert.False(tags.CanEnd(Tag("I-ORG")));
        Assert.True(tags.CanEnd(Tag("L-ORG")) && tags.CanEnd(Tag("U-ORG")) && tags.CanEnd(0));
    }

    [Fact]
    public void Iob2_is_unchanged_by_the_scheme()
    {
        var tags = new TagSet(Types);

        Assert.Equal(TagScheme.Iob2, tags.Scheme);
        Assert.Equal(15, tags.Count);
        Assert.Equal(tags.Names, Enumerable.Range(0, tags.Count).Select(tags.Iob2));
        Assert.True(tags.CanFollow(tags.IndexOf("B-ORG"), tags.IndexOf("O")));
        Assert.True(Enumerable.Range(0, tags.Count).All(tags.CanEnd));
        string[] written = ["I-PER", "B-ORG", "I-ORG", "O", "I-LOC", "B-XYZ"];
        Assert.Equal(written.Select(tags.IndexOf), tags.Encode(written));
    }

    [SkippableFact]
    public void A_bilou_model_tags_iob2_as_the_reference_tagger_before_and_after_it_is_written()
    {
        var train = ConllReader.ReadFile(Repo.Shared("data", "ner", "peyma", "train.txt")).Take(400)
            .Select(s => new TrainingSentence(TagMap.Peyma.Map(s), TagMap.Peyma)).ToList();
        var model = NerTrainer.Train(train, WordClusters.Empty, [],
            new TrainingOptions { Epochs = 3, MinFeatureCount = 1, Scheme = TagScheme.Bilou, Types = Types });
        using var stream = new MemoryStream();
        NerModelFile.Save(model, stream);
        stream.Position = 0;
        var back = NerModelFile.Load(stream);
        var reference = new ReferenceTagger(back);
        var before = new ReferenceTagger(model);

        Assert.Equal(TagScheme.Bilou, back.Tags.Scheme);
        Assert.Equal(29, back.Tags.Count);
        var named = 0;
        foreach (var sentence in ConllReader.ReadFile(Repo.Shared("data", "ner", "peyma", "dev.txt")).Take(300))
        {
            var tags = back.Tag(sentence.Tokens);
            Assert.Equal(reference.Tag(sentence.Tokens), tags);
            Assert.Equal(before.Tag(sentence.Tokens), model.Tag(sentence.Tokens));
            Assert.All(tags, t => Assert.True(t == "O" || t.StartsWith("B-", StringComparison.Ordinal) || t.StartsWith("I-", StringComparison.Ordinal)));
            for (var i = 0; i < tags.Length; i++)
            {
                Assert.True(!tags[i].StartsWith("I-", StringComparison.Ordinal) || (i > 0 && tags[i - 1] != "O" && tags[i - 1][2..] == tags[i][2..]));
            }

            named += tags.Count(t => t != "O");
        }

        Assert.True(named > 100, $"the model tagged {named} tokens as names");
    }
}
