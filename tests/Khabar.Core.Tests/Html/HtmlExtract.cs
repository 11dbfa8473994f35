using System.Text;
using Khabar.Model;

namespace Khabar.Core.Tests.Html;

/// <summary>Runs HTML through the default pipeline.</summary>
internal static class HtmlExtract
{
    public static ItemResult Result(string html, string source = "page.html") => Extract.Bytes(Encoding.UTF8.GetBytes(html), source);

    public static Article Article(string html, string source = "page.html")
    {
        var result = Result(html, source);
        Assert.True(result.Article is not null, result.Error?.ToString());
        return result.Article!;
    }
}
