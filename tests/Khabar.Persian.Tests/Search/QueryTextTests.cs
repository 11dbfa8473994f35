using Khabar.Persian.Search;

namespace Khabar.Persian.Tests.Search;

public sealed class QueryTextTests
{
    private const char HalfSpace = '\u200C';

    [Fact]
    public void Neighbouring_words_of_letters_are_joined_pair_by_pair()
    {
        Assert.Equal(["عادل\u200Cکلاه", "کلاه\u200Cکج"], QueryText.JoinedPairs("عادل کلاه کج «از» سپاهان"));
        Assert.Empty(QueryText.JoinedPairs("title:کلاه کج"));
        Assert.Empty(QueryText.JoinedPairs("کلاه AND کج"));
        Assert.Empty(QueryText.JoinedPairs("ایران"));
    }

    [Fact]
    public void A_phrase_has_its_half_spaces_as_spaces_and_each_pair_joined_as_other_spellings()
    {
        Assert.Equal(
            ["معاون بین الملل وزارت", "معاون\u200Cبین\u200Cالملل وزارت", "معاون بین\u200Cالملل\u200Cوزارت"],
            QueryText.CompoundSpellings("معاون بین\u200Cالملل وزارت"));
        Assert.Equal(["تیم\u200Cملی"], QueryText.CompoundSpellings("تیم ملی"));
        Assert.Empty(QueryText.CompoundSpellings("ایران"));
        Assert.Equal(2, QueryText.CompoundSpellings("یک دو سه چهار پنج", limit: 2).Count);
    }

    [Theory]
    [InlineData("بینالملل", "بین\u200Cالملل")]
    [InlineData("سرمایهگذاری خارجی", "سرمایه\u200Cگذاری خارجی")]
    [InlineData("title:بینالملل", "title:بینالملل")]
    [InlineData("ایران", "ایران")]
    [InlineData("بین\u200Cالملل", "بین\u200Cالملل")]
    public void Glued_words_get_back_the_half_spaces_the_lexicon_knows(string query, string restored)
    {
        Assert.Equal(restored, QueryText.RestoreHalfSpaces(query));
        Assert.Equal(query.Replace(HalfSpace.ToString(), ""), QueryText.RestoreHalfSpaces(query).Replace(HalfSpace.ToString(), ""));
    }
}
