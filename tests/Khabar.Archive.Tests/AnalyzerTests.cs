using Khabar.Archive.Index;
using Lucene.Net.Analysis.TokenAttributes;

namespace Khabar.Archive.Tests;

public sealed class AnalyzerTests
{
    public static List<string> Tokens(string text)
    {
        using var stream = ArchiveIndex.Analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    [Theory]
    [InlineData("می\u200Cشود", "می شود", "میشود")]
    [InlineData("هیئت\u200Cها", "هیئت ها", "هیئتها")]
    [InlineData("کتاب\u200Cهای تازه", "کتاب های تازه", "کتابهای تازه")]
    [InlineData("تازه\u200Cترین خبر", "تازه ترین خبر", "تازهترین خبر")]
    [InlineData("نمی\u200Cدانند", "نمی دانند", "نمیدانند")]
    public void A_half_space_a_space_or_nothing_give_the_same_tokens(string halfSpace, string space, string glued)
    {
        var expected = Tokens(halfSpace);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Tokens(space));
        Assert.Equal(expected, Tokens(glued));
    }

    [Theory]
    [InlineData("هیئت\u200Cها", "هیئت")]
    [InlineData("بین\u200Cالملل", "بینالملل")]
    [InlineData("می\u200Cشود", "میشود")]
    [InlineData("كتابهاي", "کتاب")]
    [InlineData("۱۴۰۳", "1403")]
    [InlineData("١٤٠٣", "1403")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("ايـــران", "ایران")]
    [InlineData("Tehran", "tehran")]
    public void Words_are_folded_and_lightly_stemmed_into_one_token(string text, string token)
    {
        Assert.Equal([token], Tokens(text));
    }

    [Fact]
    public void No_word_is_dropped_as_a_stopword()
    {
        Assert.Equal(["او", "از", "این", "که", "میشود", "به", "بینالملل"], Tokens("او از این که می‌شود به بین‌الملل"));
    }

    [Fact]
    public void Random_text_never_throws_and_offsets_stay_inside_the_text()
    {
        var random = new Random(1403);
        const string alphabet = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكة۰۱۲۳۴ 0123\u200C\u200E\u064E\u0640.،«»-\n";
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            using var stream = ArchiveIndex.Analyzer.GetTokenStream("body", text);
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                Assert.InRange(offset.StartOffset, 0, text.Length);
                Assert.InRange(offset.EndOffset, offset.StartOffset, text.Length);
            }

            stream.End();
        }
    }
}
