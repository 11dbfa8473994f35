using System.Text.Json;

namespace Khabar.Web.Tests;

/// <summary>
/// Articles whose every field tries to run script or leave the app: script tags, event handlers, javascript: and
/// data: links, markup that closes the element or attribute it lands in, and broken markup. Any script that ran
/// would set <c>window.__pwned</c> or open a dialog.
/// </summary>
internal static class HostileArticles
{
    /// <summary>A word every hostile article holds, to find them.</summary>
    public const string Word = "زهرآگین";

    /// <summary>The title of the first hostile article, as it must show: as text.</summary>
    public const string Title = "<script>window.__pwned='title'</script>" + Word + " \"><img src=x onerror=\"window.__pwned='img'\">";

    public static readonly string[] Records =
    [
        Record(new
        {
            id = "hostile-1", title = Title, newsCode = "666", date = "1403/02/10",
            rutitr = "<img src=x onerror=\"window.__pwned='kicker'\"><!--",
            lead = "</p><svg onload=\"window.__pwned='lead'\"></svg><p " + Word,
            body = $"<iframe src=\"javascript:window.__pwned='iframe'\"></iframe> {Word}\n</p></div><script>alert('body')</script>\n" +
                "\"><a href=\"javascript:window.__pwned='link'\">کلیک</a> <style>body{{display:none}}</style>\n<<script>script>window.__pwned=1<</script>/script>",
            agency = "<b onmouseover=\"window.__pwned='agency'\">خبرگزاری مهاجم</b>",
            desk = "'><script>window.__pwned='desk'</script>",
            tags = new[] { "<script>alert('tag')</script>", "\" autofocus onfocus=\"window.__pwned='tag'" },
            url = "javascript:window.__pwned='url'",
        }),
        Record(new
        {
            id = "hostile-2", title = "<a href=\"javascript:alert('title2')\">" + Word + " دوم</a>", date = "1403/02/11",
            lead = "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">" + Word,
            body = $"<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"><img src=\"https://evil.example/p.png\"> {Word}\n<form action=\"https://evil.example/\"><button>ارسال</button></form>",
            agency = "مهاجم", desk = "<object data=\"https://evil.example/x.swf\">",
            url = "data:text/html,<script>alert('data')</script>",
        }),
        Record(new
        {
            id = "hostile-3", title = Word + " سوم {{7*7}} ${alert(1)}", date = "1403/02/12",
            body = Word + " <base href=\"https://evil.example/\"> <![CDATA[ ]]> </textarea></title></style><script>window.__pwned='breakout'</script>",
            agency = "مهاجم", url = "https://evil.example/\"><script>window.__pwned='href'</script>",
        }),
    ];

    private static string Record(object value) => JsonSerializer.Serialize(value);
}
