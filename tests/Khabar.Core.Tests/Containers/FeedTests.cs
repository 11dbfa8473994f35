using System.Text;
using Khabar.Model;

namespace Khabar.Core.Tests.Containers;

/// <summary>RSS 2.0 and Atom feeds: one article stub per item, dates with their own offset, broken items isolated.</summary>
public sealed class FeedTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>خبرگزاری برنا</title>
        <item><title>افزایش قیمت نان در تهران</title><link>https://www.borna.news/fa/news/2076019/x</link>
        <description>&lt;p&gt;به گزارش گروه اقتصادی خبرگزاری برنا، قیمت نان از امروز افزایش می&amp;zwnj;یابد.&lt;/p&gt;</description>
        <pubDate>Sat, 30 Mar 2024 11:00:01 +0330</pubDate><category>اقتصادی</category></item>
        <item><title>دومین خبر</title><link>https://www.borna.news/fa/news/2076020/y</link><pubDate>۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰</pubDate></item>
        <item></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>ایسنا</title>
        <entry><title>خبر اتم</title><link rel="alternate" href="https://www.isna.ir/news/1403011100572/z"/>
        <published>2024-03-30T11:00:01+03:30</published><summary type="html">متن خلاصه‌ی خبر</summary>
        <content type="html">&lt;p&gt;بند نخست خبر که متن کامل آن است.&lt;/p&gt;</content><category term="سیاسی"/></entry></feed>
        """;

    private static List<ItemResult> Read(string xml, string name = "feed.xml") =>
        Extract.Pipeline.Run([new Khabar.Reading.InputItem(name, () => new MemoryStream(Encoding.UTF8.GetBytes(xml)), null)]).ToList();

    [Fact]
    public void Each_RSS_item_becomes_an_article_and_an_empty_item_an_error()
    {
        var results = Read(Rss);

        Assert.Equal(3, results.Count);
        var first = results[0].Article!;
        Assert.Equal("افزایش قیمت نان در تهران", first.Title);
        Assert.Equal("https://www.borna.news/fa/news/2076019/x", first.Url);
        Assert.Equal("2076019", first.NewsId);
        Assert.Equal(new DateTimeOffset(2024, 3, 30, 11, 0, 1, TimeSpan.FromHours(3.5)), first.Published);
        Assert.Equal("به گزارش گروه اقتصادی خبرگزاری برنا، قیمت نان از امروز افزایش می\u200Cیابد.", first.Paragraphs.Single());
        Assert.Equal("borna", first.AgencyId);
        Assert.Equal(["اقتصادی"], first.Tags);
        Assert.Equal(2024, results[1].Article!.Published!.Value.Year);
        Assert.Equal("feed.xml#item3", results[2].Error!.Source);
    }

    [Fact]
    public void An_Atom_entry_gives_link_content_lead_and_offset()
    {
        var article = Read(Atom).Single().Article!;

        Assert.Equal("https://www.isna.ir/news/1403011100572/z", article.Url);
        Assert.Equal("بند نخست خبر که متن کامل آن است.", article.Paragraphs.Single());
        Assert.Equal("متن خلاصه\u200Cی خبر", article.Lead);
        Assert.Equal(TimeSpan.FromHours(3.5), article.Published!.Value.Offset);
        Assert.Equal("isna", article.AgencyId);
    }

    [Fact]
    public void A_feed_broken_half_way_keeps_the_items_before_the_break()
    {
        var broken = Rss[..Rss.IndexOf("<item></item>", StringComparison.Ordinal)] + "<item><title>نیمه";

        var results = Read(broken);

        Assert.Equal(3, results.Count);
        Assert.NotNull(results[1].Article);
        Assert.StartsWith("broken feed after 2 items", results[2].Error!.Reason);
    }

    [Fact]
    public void Entity_expansion_bombs_are_not_expanded()
    {
        var bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "<rss><channel><item><title>&c;&c;&c;&c;</title></item></channel></rss>";

        var results = Read(bomb);

        Assert.All(results, r => Assert.True(r.Article is null || r.Article.Title!.Length < 100));
    }
}
