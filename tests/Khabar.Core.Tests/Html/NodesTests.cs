using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Khabar.Extraction.Html;
using Khabar.Testing;

namespace Khabar.Core.Tests.Html;

/// <summary>The index walks give what AngleSharp's own properties give, on every element of real and odd pages.</summary>
public sealed class NodesTests
{
    private static void AssertSameAsAngleSharp(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            Assert.Equal(element.TextContent, Nodes.Text(element));
            Assert.Equal(element.Children.Length, Nodes.ElementCount(element));
        }

        if (document.Body is { } body)
        {
            Assert.Equal(body.Descendants<IElement>(), Nodes.Descendants(body));
        }
    }

    [SkippableFact]
    public void Gold_pages_read_as_angle_sharp_reads_them()
    {
        var pages = Directory.GetFiles(Repo.Shared("data", "pages"), "*.html", SearchOption.AllDirectories).Where(f => !f.Contains(".gold.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        pages.ForEach(page => AssertSameAsAngleSharp(File.ReadAllText(page)));
    }

    [Fact]
    public void Cms_and_odd_pages_read_as_angle_sharp_reads_them()
    {
        foreach (var html in new[] { CmsPages.Isna(), CmsPages.Nastooh(), CmsPages.IranSamaneh(), CmsPages.Aasaam(), CmsPages.NewsStudio() })
        {
            AssertSameAsAngleSharp(html);
        }

        var random = new Random(13);
        string[] parts =
        [
            "<p>", "</p>", "متن ", "&amp;", "<!-- c -->", "<script>var a = '<b>';</script>", "<style>p{}</style>", "<textarea>t<b></textarea>",
            "<svg><text>s</text><![CDATA[x<y]]></svg>", "<math><mi>m</mi></math>", "<template><p>t</p></template>", "<table>", "<td>c",
            "<title>t</title>", "<noscript>n</noscript>", "<iframe>f</iframe>", "<b><i>x</b></i>", "<br>", "\u00A0", "<div>", "</div>",
        ];
        for (var i = 0; i < 300; i++)
        {
            AssertSameAsAngleSharp(string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => parts[random.Next(parts.Length)])));
        }
    }
}
