using Khabar.Persian.Normalization;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>
/// The words of a phrase follow how news writes its letters, not how the phrase was spaced; the shipped lexicon's
/// counts decide (for example کی‌روش 284 / کی روش 37, دهلی نو 17 / دهلی‌نو 2, علی اکبر 51 / علی‌اکبر 49).
/// </summary>
public sealed class WordSegmentsTests
{
    [Theory]
    [InlineData("کی‌روش", "کی روش", "کیروش")]
    [InlineData("دهلی‌نو", "دهلی نو", "دهلینو")]
    [InlineData("بین‌المللی", "بین المللی", "بینالمللی")]
    [InlineData("احمدی‌نژاد", "احمدی نژاد", "احمدینژاد")]
    public void Every_spacing_of_known_letters_gives_the_same_words(string halfSpaced, string spaced, string glued)
    {
        var words = Keys(halfSpaced);
        Assert.Equal(words, Keys(spaced));
        Assert.Equal(words, Keys(glued));
    }

    [Fact]
    public void News_decides_where_the_words_break()
    {
        Assert.Equal(["کیروش"], Keys("کی روش"));
        Assert.Equal(["دهلی", "نو"], Keys("دهلی‌نو"));
        Assert.Equal(["علی", "اکبر"], Keys("علی‌اکبر"));
        Assert.Equal(["محمود", "احمدینژاد"], Keys("محمود احمدی نژاد"));
    }

    [Fact]
    public void Letters_the_lexicon_does_not_know_keep_their_spaces()
    {
        Assert.Equal(["زیاد", "النخاله"], Keys("زیاد النخاله"));
        Assert.Equal(["اسماعیل", "هنیه"], Keys("اسماعیل هنیه"));
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
            var words = WordSegments.Words(tokens);
            Assert.Equal(Letters(string.Concat(tokens)), Letters(string.Concat(words)));
            Assert.All(words, w => Assert.False(w.Length == 0 || w.Contains(' ') || w.StartsWith('\u200C') || w.EndsWith('\u200C'), $"«{w}»"));
        }
    }

    private static string[] Keys(string text) => [.. WordSegments.Words(text.Split(' ')).Select(WordSegments.Key)];

    private static string Letters(string text) => text.Replace(" ", "").Replace("\u200C", "");
}
