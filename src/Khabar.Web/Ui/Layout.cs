using Khabar.Web.Hosting;

namespace Khabar.Web.Ui;

/// <summary>The page shell every page shares: right-to-left Persian, the app's own stylesheet and font, no script.</summary>
internal static class Layout
{
    /// <summary>A whole page around the body the callback writes.</summary>
    public static IResult Page(string title, Action<Html> body, int status = 200)
    {
        var html = new Html();
        html.Raw("<!doctype html>").Open("html", ("lang", "fa"), ("dir", "rtl")).Raw("<head>")
            .Raw("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta name=\"referrer\" content=\"no-referrer\">")
            .Element("title", title + " · خبر")
            .Open("link", ("rel", "preload"), ("href", "/assets/fonts/Vazirmatn-FD-Regular.woff2"), ("as", "font"), ("type", "font/woff2"), ("crossorigin", ""))
            .Open("link", ("rel", "stylesheet"), ("href", Assets.Url("khabar.css")))
            .Open("link", ("rel", "icon"), ("href", Assets.Url("icon.svg")), ("type", "image/svg+xml"))
            .Raw("</head><body>");
        html.Raw("<header class=\"masthead\"><div class=\"wrap\">")
            .Open("a", ("class", "brand"), ("href", "/")).Raw("<span class=\"mark\">خ</span>").Element("span", "خبر").Close("a")
            .Element("span", "بایگانی جستجوپذیر خبرهای فارسی", ("class", "tagline"))
            .Open("nav", ("class", "site"), ("aria-label", "بخش‌ها"))
            .Element("a", "خبرها", ("href", "/")).Element("a", "رویدادها", ("href", Links.Stories()))
            .Element("a", "نام‌ها", ("href", Links.Entities()))
            .Close("nav").Raw("</div></header>");
        html.Raw("<main class=\"wrap\">");
        body(html);
        html.Raw("</main>");
        html.Raw("<footer class=\"wrap\">")
            .Element("span", "خبر: متن تمیز و ساخت‌یافته از خبرهای فارسی")
            .Raw(" · ").Element("a", "API", ("href", "/openapi/v1.json"), ("dir", "ltr"), ("lang", "en"))
            .Raw("</footer></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", null, status);
    }

    /// <summary>The page for a path that leads nowhere.</summary>
    public static IResult NotFound(string message) => Page("پیدا نشد", html => html
        .Raw("<section class=\"empty\">").Element("h1", "پیدا نشد").Element("p", message)
        .Element("a", "بازگشت به همهٔ خبرها", ("href", "/")).Raw("</section>"), 404);
}
