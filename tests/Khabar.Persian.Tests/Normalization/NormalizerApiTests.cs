using System.IO.Compression;
using Khabar.Persian.Normalization;
using Khabar.Persian.Text;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>The public surface: defaults, options, streaming, the lexicon and its builder.</summary>
public sealed class NormalizerApiTests
{
    [Fact]
    public void DefaultsAreAsDocumented()
    {
        var options = NormalizerOptions.Default;
        Assert.True(options.HalfSpace);
        Assert.Equal(DigitScript.Persian, options.DigitScript);
        Assert.False(options.KeepDiacritics);
        Assert.False(options.Guillemets);
        Assert.Equal(HehYehMode.Keep, options.HehYeh);
        Assert.Same(PersianNormalizer.Default, PersianNormalizer.Default);
    }

    [Fact]
    public void UnchangedTextComesBackAsTheSameInstance()
    {
        const string text = "کتاب‌ها را خواندم.";
        Assert.Same(text, PersianNormalizer.Default.Normalize(text));
        Assert.Same(string.Empty, PersianNormalizer.Default.Normalize(string.Empty));
    }

    [Fact]
    public void HalfSpaceRepairCanBeTurnedOff()
    {
        var normalizer = new PersianNormalizer(new NormalizerOptions { HalfSpace = false });
        Assert.Equal("کتاب ها و بیانیهای", normalizer.Normalize("كتاب ها و بيانيهاي"));
    }

    [Fact]
    public void PunctuationSpacingCanBeTurnedOff()
    {
        var normalizer = new PersianNormalizer(new NormalizerOptions { PunctuationSpacing = false });
        Assert.Equal("سلام ، دنیا", normalizer.Normalize("سلام ، دنیا"));
    }

    [Fact]
    public void EntitiesCanBeLeftAlone()
    {
        var normalizer = new PersianNormalizer(new NormalizerOptions { DecodeEntities = false, HalfSpace = false });
        Assert.Equal("نامه&zwnj;ای", normalizer.Normalize("نامه&zwnj;ای"));
    }

    [Fact]
    public void StreamNormalizesLineByLine()
    {
        using var input = new StringReader("كتاب ها\r\nمی شود\n\nسال 1402");
        using var output = new StringWriter { NewLine = "\n" };
        NormalizerStream.Run(input, output, PersianNormalizer.Default);
        Assert.Equal("کتاب‌ها\nمی‌شود\n\nسال ۱۴۰۲\n", output.ToString());
    }

    [Fact]
    public void TextTidyStillWorks()
    {
        Assert.Equal("کتاب علی", TextTidy.Tidy(" كتاب  علي "));
        Assert.Equal('ی', TextTidy.Fold('ي'));
    }

    [Fact]
    public void TheShippedLexiconIsLoaded()
    {
        Assert.True(HalfSpaceLexicon.Default.Count > 20_000, $"only {HalfSpaceLexicon.Default.Count} keys");
    }

    [Fact]
    public void TheBuilderLearnsFromCleanText()
    {
        var builder = new HalfSpaceLexiconBuilder();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(builder.Add("کتاب‌ها را می‌خوانند و نامه‌ای می‌نویسند. کتاب‌های تازه‌ترین نویسنده‌ها."));
        }

        Assert.False(builder.Add("کتاب ها را می خوانند"));
        using var stream = new MemoryStream();
        builder.Write(stream);
        stream.Position = 0;
        var normalizer = new PersianNormalizer(new NormalizerOptions { Lexicon = HalfSpaceLexicon.Load(stream) });
        Assert.Equal("کتاب‌ها را می‌خوانند", normalizer.Normalize("کتاب ها را می خوانند"));
        Assert.Equal("کتاب‌ها را می‌خوانند", normalizer.Normalize("کتابها را میخوانند"));
    }

    [Fact]
    public void TheLexiconFileIsGzipText()
    {
        using var stream = typeof(HalfSpaceLexicon).Assembly.GetManifestResourceStream("Khabar.Persian.Resources.halfspace.lex")!;
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        Assert.StartsWith("# khabar half-space lexicon", reader.ReadLine());
    }
}
