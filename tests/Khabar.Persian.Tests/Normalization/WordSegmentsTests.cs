using Khabar.Persian.Normalization;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>
/// A space between two tokens is read as inside a word only where news writes their letters with a half-space
/// there, and joined at least twice as often as apart, and a token breaks where news writes it apart twice as often; the shipped lexicon's counts decide (کی‌روش 284 / کی روش 37,
/// علی‌محمدی 5 and علیمحمدی 5 / علی محمدی 8, علیمرادی 2 and never with a half-space).
/// </summary>
public sealed class WordSegmentsTests
{
    [Theory]
    [InlineData("کی‌روش", "کی روش")]
    [InlineData("بین‌المللی", "بین المللی")]
    [InlineData("احمدی‌نژاد", "احمدی نژاد")]
    [InlineData("قلعه‌نویی", "قلعه نویی")]
    [InlineData("آذربایجان‌غربی", "آذربایجان غربی")]
    [InlineData("دهلی‌نو", "دهلی نو")]
    [InlineData("دهلینو", "دهلی نو")]
    public void A_space_where_news_writes_a_half_space_is_inside_the_word(string halfSpaced, string spaced) =>
        Assert.Equal(Keys(halfSpaced), Keys(spaced));

    [Fact]
    public void News_decides_where_the_words_break()
    {
        Assert.Equal(["کیروش"], Keys("کی روش"));
        Assert.Equal(["محمود", "احمدینژاد"], Keys("محمود احمدی نژاد"));
        Assert.Equal(["امیر", "قلعهنویی"], Keys("امیر قلعه نویی"));
        Assert.Equal(["امیر", "قلعهنویی"], Keys("امیر قلعه‌نویی"));
        Assert.Equal(["بینالمللی", "پول"], Keys("بین المللی پول"));
        Assert.Equal(["آذربایجان", "غربی"], Keys("آذربایجان‌غربی"));
        Assert.Equal(["دهلی", "نو"], Keys("دهلینو"));
    }

    [Theory]
    [InlineData("علی محمدی", "علی", "محمدی")]
    [InlineData("علی مرادی", "علی", "مرادی")]
    [InlineData("علی اکبر", "علی", "اکبر")]
    [InlineData("زیاد النخاله", "زیاد", "النخاله")]
    [InlineData("اسماعیل هنیه", "اسماعیل", "هنیه")]
    public void A_given_name_and_a_surname_stay_apart(string name, string given, string surname) =>
        Assert.Equal([given, surname], Keys(name));

    [Fact]
    public void A_word_written_whole_stays_whole()
    {
        Assert.Equal(["علیمحمدی"], Keys("علی‌محمدی"));
        Assert.Equal(["علیمرادی"], Keys("علیمرادی"));
        Assert.Equal(["محمدرضا"], Keys("محمدرضا"));
        Assert.Equal(["علیاکبر"], Keys("علی‌اکبر"));
    }

    [Theory]
    [InlineData("ذوب‌آهن", "ذوب آهن", "ذوبآهن")]
    [InlineData("ذوب آهن", "ذوبآهن", "ذوبآهن")]
    [InlineData("راه‌آهن", "راه آهن", "راه آهن")]
    [InlineData("داروغه‌زاده", "داروغه زاده", "داروغهزاده")]
    [InlineData("سلطانی‌فر", "سلطانی فر", "سلطانی فر")]
    [InlineData("آذری‌جهرمی", "آذری جهرمی", "آذری جهرمی")]
    [InlineData("کی روش", "کی‌روش", "کیروش")]
    public void Most_written_is_how_news_mostly_writes_the_letters_whatever_the_spacing(string one, string other, string keys)
    {
        // ذوب‌آهن 186 / ذوب آهن 148; راه آهن 108 / راه‌آهن 103; سلطانی فر 14 / سلطانی‌فر 13; آذری جهرمی 48 / آذری‌جهرمی 4.
        Assert.Equal(keys, MostWritten(one));
        Assert.Equal(keys, MostWritten(other));
    }

    [Fact]
    public void Most_written_keeps_parts_news_never_spaced_as_written()
    {
        Assert.Equal("امور خارجه", MostWritten("امور خارجه"));
        Assert.Equal("امورخارجه", MostWritten("امورخارجه"));
    }

    [Fact]
    public void Random_text_keeps_its_letters_and_never_throws()
    {
        var random = new Random(3109);
        const string alphabet = "ابپتجچخدرزسشعفقکگلمنوهیيكةۀأ ‌‌  0١۲()«»-.";
        for (var n = 0; n < 5_000; n++)
        {
            var tokens = Enumerable.Range(0, random.Next(0, 5))
                .Select(_ => new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
                .ToList();
            foreach (var words in new[] { WordSegments.Words(tokens), WordSegments.MostWritten(tokens) })
            {
                Assert.Equal(Letters(string.Concat(tokens)), Letters(string.Concat(words)));
                Assert.All(words, w => Assert.False(w.Length == 0 || w.Contains(' '), $"«{w}»"));
            }
        }
    }

    private static string[] Keys(string text) => [.. WordSegments.Words(text.Split(' ')).Select(WordSegments.Key)];

    private static string MostWritten(string text) => string.Join(' ', WordSegments.MostWritten(text.Split(' ')).Select(WordSegments.Key));

    private static string Letters(string text) => text.Replace(" ", "").Replace("\u200C", "");
}
