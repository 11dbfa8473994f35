using System.IO.Compression;
using Khabar.Core.Tests.Containers;
using Khabar.Entities.Ner;
using Khabar.Entities.Training;

namespace Khabar.Core.Tests.Entities;

/// <summary>Random lines through the CoNLL reader and the tagger, and damaged model files through the model reader.</summary>
public sealed class RandomNerInputTests
{
    private static readonly string[] Separators = ["\t", "|", " ", "  ", "\t\t", ""];
    private static readonly string[] Tags = ["O", "B-PER", "I-PER", "B_ORG", "I_LOC", "B-pers", "B-POG", "", "?", "۱"];

    [Fact]
    public void Random_lines_read_as_sentences_with_a_tag_per_token()
    {
        var random = new Random(1403_03_01);
        for (var i = 0; i < 2000; i++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(5) switch
            {
                0 => "",
                1 => RandomText.Utf8(random, 60),
                _ => RandomText.Persian(random, 6) + Separators[random.Next(Separators.Length)] + Tags[random.Next(Tags.Length)],
            }).SelectMany(l => l.Split('\n')).ToList();

            var sentences = ConllReader.Read(lines).ToList();
            var tokens = ConllReader.ReadTokens(lines).ToList();

            Assert.All(sentences, s => Assert.Equal(s.Tokens.Count, s.Tags.Count));
            Assert.All(sentences, s => Assert.NotEmpty(s.Tokens));
            Assert.All(sentences.SelectMany(s => s.Tokens), t => Assert.NotEqual("", t));
            // The first column only; a row with nothing before its tab keeps its place as an empty token.
            Assert.All(tokens.SelectMany(s => s), t => Assert.False(t.Contains('\t') || t.Contains(' '), $"token '{t}'"));
            Assert.Equal(lines.Count(l => l.Trim('\r', '\n', ' ', '\uFEFF').Length > 0), tokens.Sum(s => s.Count));
            Assert.All(sentences, s => Assert.Equal(s.Tokens.Count, TagMap.Khabar.Map(s).Tags.Count));
        }
    }

    [Fact]
    public void The_tagger_gives_a_tag_for_every_random_token()
    {
        var model = SmallModel();
        var random = new Random(1403_03_02);
        for (var i = 0; i < 2000; i++)
        {
            var tokens = Enumerable.Range(0, random.Next(0, 40)).Select(_ => RandomText.Any(random, 24)).ToList();

            var tags = model.Tag(tokens);

            Assert.Equal(tokens.Count, tags.Length);
            Assert.All(tags, t => Assert.Contains(t, model.Tags.Names));
        }
    }

    [Fact]
    public void Damaged_model_files_are_invalid_data_never_another_exception()
    {
        var layout = Layout(SmallModel());
        var random = new Random(1403_03_03);
        var loaded = 0;
        for (var i = 0; i < 2000; i++)
        {
            var damaged = (i % 4) switch
            {
                0 => layout[..random.Next(layout.Length)],
                1 => Flip(layout, random),
                2 => [.. layout[..random.Next(20)], .. Random(random, 400)],
                _ => null,
            };
            var file = damaged is null ? Random(random, 600) : ArchiveFiles.Gzip(damaged);

            try
            {
                NerModelFile.Load(new MemoryStream(file));
                loaded++;
            }
            catch (InvalidDataException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }

        // Flipped weights still load: the test reaches past the header.
        Assert.InRange(loaded, 1, 1000);
    }

    [Fact]
    public void A_damaged_model_file_is_named_in_its_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"khabar-damaged-{Guid.NewGuid():N}.model.gz");
        File.WriteAllBytes(path, ArchiveFiles.Gzip(Layout(SmallModel())[..40]));
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => NerModelStore.Load(path));

            Assert.StartsWith(path + ": a damaged NER model", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static NerModel SmallModel()
    {
        var data = Enumerable.Range(0, 10).Select(i => new TrainingSentence(
            new NerSentence(["وزارت", "نیرو", "در", "تهران", i.ToString()], ["B-ORG", "I-ORG", "O", "B-LOC", "O"]), TagMap.Khabar)).ToList();
        return NerTrainer.Train(data, WordClusters.Empty, [new("ir-city:karaj", "LOC", "کرج", "Karaj", ["استان البرز"])],
            new TrainingOptions { Epochs = 2, MinFeatureCount = 1 });
    }

    // The model's bytes before gzip.
    private static byte[] Layout(NerModel model)
    {
        using var file = new MemoryStream();
        NerModelFile.Save(model, file);
        file.Position = 0;
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var layout = new MemoryStream();
        gzip.CopyTo(layout);
        return layout.ToArray();
    }

    private static byte[] Flip(byte[] layout, Random random)
    {
        var copy = layout.ToArray();
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private static byte[] Random(Random random, int max)
    {
        var bytes = new byte[random.Next(max)];
        random.NextBytes(bytes);
        return bytes;
    }
}
