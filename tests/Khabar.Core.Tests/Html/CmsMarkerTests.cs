using AngleSharp.Html.Parser;
using Khabar.Extraction.Html;

namespace Khabar.Core.Tests.Html;

/// <summary>The text pre-check before the CMS marker selectors: it may say yes too often, never no when one matches.</summary>
public sealed class CmsMarkerTests
{
    public static TheoryData<string> Marked =>
    [
        "<div class=\"story\">x</div>", "<div class='lead story big'>x</div>", "<div class=story>x</div>",
        "<div class=\"a\tstory\">x</div>", "<div class=\"story&#32;lead\">x</div>", "<div class=\"x&#32;story\">x</div>",
        "<div id=\"echo_detail\">x</div>", "<DIV CLASS=\"item-text\">x</DIV>", "<meta name=\"nastooh:nid\" content=\"1\">",
        "<meta property='nastooh:topic' content='x'>", "<h1 class=\"first-title\">x</h1>", "<div id=doctextarea>x</div>",
    ];

    public static TheoryData<string> Unmarked =>
    [
        "<a href=\"/story/2020/8/24/x\">x</a>", "<div class=\"storybox\">x</div>", "<div class=\"top-story\">x</div>",
        "<p>storytelling, a story.</p>", "<div class=\"item-texts\">x</div>", "<meta name=\"x-nastooh:nid\" content=\"1\">",
    ];

    [Theory]
    [MemberData(nameof(Marked))]
    public void A_marker_in_an_attribute_passes_the_check(string html)
    {
        Assert.True(CmsProfiles.MayMark(html));
        Assert.NotNull(new HtmlParser().ParseDocument(html).QuerySelector(CmsProfiles.AnyMarker));
    }

    [Theory]
    [MemberData(nameof(Unmarked))]
    public void A_marker_word_inside_a_url_a_longer_name_or_text_does_not(string html)
    {
        Assert.False(CmsProfiles.MayMark(html));
        Assert.Null(new HtmlParser().ParseDocument(html).QuerySelector(CmsProfiles.AnyMarker));
    }

    [Fact]
    public void Whenever_a_marker_selector_matches_the_check_passes()
    {
        var (random, matched) = (new Random(7), 0);
        string[] openers = ["<div class=", "<h1 class=", "<div id=", "<meta name=", "<meta property=", "<a href="];
        string[] quotes = ["\"", "'", ""];
        string[] parts = ["story", "item-text", "nastooh:", "echo_detail", "news_path", "first-title", " ", "\t", "&#32;", "&amp;", "x", "-", "/", ";", "="];
        for (var i = 0; i < 3000; i++)
        {
            var quote = quotes[random.Next(quotes.Length)];
            var value = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => parts[random.Next(parts.Length)]));
            var html = openers[random.Next(openers.Length)] + quote + value + quote + (random.Next(2) == 0 ? ">t</div>" : "/>");
            if (new HtmlParser().ParseDocument(html).QuerySelector(CmsProfiles.AnyMarker) is not null)
            {
                Assert.True(CmsProfiles.MayMark(html), html);
                matched++;
            }
        }

        Assert.True(matched > 100, $"only {matched} random pages carried a marker");
    }
}
