using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Khabar.Extraction.Html;
using Khabar.Testing;

namespace Khabar.Core.Tests.Html;

/// <summary>The one-walk index of a page holds exactly the elements the selector queries would find, in their order.</summary>
public sealed class PageIndexTests
{
    private static void AssertSameAsQueries(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var index = PageIndex.Of(document);

        Assert.Equal(document.QuerySelectorAll("meta"), index.Metas);
        Assert.Equal(document.QuerySelectorAll("script[type='application/ld+json']"), index.JsonLd);
        Assert.Same(document.QuerySelector("link[rel=canonical]"), index.Canonical);
        Assert.Equal(document.QuerySelectorAll("h1"), index.Headings);
        Assert.Equal(document.QuerySelectorAll("time"), index.Times);
    }

    [SkippableFact]
    public void Gold_pages_index_as_the_queries_find()
    {
        var pages = Directory.GetFiles(Repo.Shared("data", "pages"), "*.html", SearchOption.AllDirectories).Where(f => !f.Contains(".gold.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            AssertSameAsQueries(File.ReadAllText(page));
        }
    }

    [Fact]
    public void Cms_pages_index_as_the_queries_find()
    {
        foreach (var html in new[] { CmsPages.Isna(), CmsPages.Nastooh(), CmsPages.IranSamaneh(), CmsPages.Aasaam(), CmsPages.NewsStudio() })
        {
            AssertSameAsQueries(html);
        }
    }

    [Fact]
    public void Odd_spellings_and_foreign_elements_index_as_the_queries_find()
    {
        var random = new Random(11);
        string[] parts =
        [
            "<meta name=a content=b>", "<META PROPERTY=x>", "<svg><meta/><time>1</time><h1>x</h1></svg>", "<math><time>2</time></math>",
            "<script type=\"application/ld+json\">{}</script>", "<script type=\"APPLICATION/LD+JSON\">{}</script>",
            "<script type='application/ld+json '>{}</script>", "<link rel=canonical href=/a>", "<link rel=\"Canonical\" href=/b>",
            "<link rel=\"canonical stylesheet\" href=/c>", "<h1>t</h1>", "<H1 class=x>t</H1>", "<time datetime=2024-01-01>", "<TIME>",
            "<template><time>3</time><h1>y</h1></template>", "<table><h1>z</h1></table>", "<p>", "</div>", "<div>", "<head>", "<body>",
        ];
        for (var i = 0; i < 500; i++)
        {
            AssertSameAsQueries(string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => parts[random.Next(parts.Length)])));
        }
    }
}
