namespace Khabar.Core.Tests.Html;

/// <summary>Article pages laid out as each CMS lays them out (selectors from FACTS.md), with their furniture.</summary>
internal static class CmsPages
{
    public const string Title = "رئیس‌جمهور در نشست خبری به پرسش‌های خبرنگاران پاسخ داد";
    public const string Kicker = "در نشست امروز";
    public const string Lead = "رئیس‌جمهور امروز در نشست خبری درباره‌ی برنامه‌های اقتصادی دولت سخن گفت.";
    public const string Opener = "به گزارش گروه سیاسی خبرگزاری برنا، رئیس‌جمهور صبح امروز در نشست خبری گفت که برنامه‌های دولت برای مهار تورم ادامه می‌یابد.";
    public const string Second = "وی افزود: کاهش نرخ تورم و افزایش تولید، دو هدف اصلی دولت در سال جاری است و همه‌ی دستگاه‌ها باید همکاری کنند.";
    public const string Related = "افزایش قیمت طلا در بازار امروز تهران";
    public const string Comment = "این مطلب بسیار خوب بود و از نویسنده‌ی آن تشکر می‌کنم";

    private const string Furniture = $"""
        <script>var ad = "تبلیغات ویژه";</script><style>.ad-box</style>
        <div class="share-box"><a href="#">اشتراک گذاری</a><a href="#">تلگرام</a></div>
        <div class="related-news"><h3>اخبار مرتبط</h3><ul><li><a href="/fa/news/1">{Related}</a></li><li><a href="/fa/news/2">کاهش قیمت دلار در بازار آزاد</a></li></ul></div>
        <div class="comments"><h3>نظرات بینندگان</h3><div class="comment">{Comment}</div></div>
        """;

    private static string Body(string closer = "انتهای پیام/") => $"<p>{Opener}</p><p>{Second}</p><p>{closer}</p>";

    public static string IranSamaneh() => $"""
        <!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{Title} - برنا</title></head><body>
        <div class="news_path"><a href="/">صفحه نخست</a> » <a href="/fa/service/1">سیاسی</a></div>
        <div class="news_nav news_id_c"><span class="news_nav_title">کد خبر: </span>۲۱۰۲۲۹</div>
        <div class="news_nav news_pdate_c"><span class="news_nav_title">تاریخ انتشار: </span>۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰:۰۱</div>
        <div class="rutitr">{Kicker}</div><h1 class="title"><a href="/fa/news/210229">{Title}</a></h1>
        <div class="subtitle">{Lead}</div>
        <div class="body">{Body()}{Furniture}</div>
        <div class="tags"><ul><li><a href="/tag/1">اقتصاد</a></li><li><a href="/tag/2">تورم</a></li></ul></div>
        {Furniture}</body></html>
        """;

    public static string Nastooh() => $"""
        <!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{Title}</title>
        <meta name="nastooh:nid" content="5123456"><meta name="nastooh:publishDate" content="2024-03-30">
        <meta property="article:published_time" content="2024-03-30T11:00:01+03:30">
        <meta property="article:section" content="سیاسی"><meta property="article:tag" content="اقتصاد"><meta property="article:tag" content="تورم">
        </head><body><article>
        <div class="item-header"><p class="kicker">{Kicker}</p><h1 class="title">{Title}</h1></div>
        <div class="item-date">۱۱ فروردین ۱۴۰۳، ۱۱:۰۰</div>
        <div class="item-summary"><p class="introtext">{Lead}</p></div>
        <div class="item-body"><div class="item-text" itemprop="articleBody">{Body()}</div></div>
        </article>{Furniture}</body></html>
        """;

    public static string Aasaam() => $"""
        <!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{Title}</title></head><body>
        <article><h3 class="kicker">{Kicker}</h3><h1 class="title">{Title}</h1>
        <time datetime="2024-03-30T11:00:01+03:30">۱۱ فروردین ۱۴۰۳ - ۱۱:۰۰</time>
        <p class="lead">{Lead}</p>
        <div class="story">{Body()}<p>این خبر بروز رسانی می شود...</p></div></article>{Furniture}</body></html>
        """;

    public static string NewsStudio() => $"""
        <!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{Title}</title></head><body>
        <div id="docDiv3TitrRou">{Kicker}</div><div id="docDiv3TitrMain">{Title}</div>
        <div class="doc_date">۱۷:۳۱ &nbsp;-&nbsp; ۱۳۹۷/۱۰/۳۰</div>
        <div id="docDivLead1">{Lead}</div>
        <div id="doctextarea">{Body()}</div>{Furniture}</body></html>
        """;

    public static string Isna() => $"""
        <!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{Title}</title></head><body>
        <div class="item-header"><span class="kicker">{Kicker}</span>
        <h1 class="first-title" itemprop="headline">{Title}</h1>
        <span class="text-meta">۹ خرداد ۱۴۰۴ / ۱۹:۳۱</span></div>
        <p class="summary" itemprop="description">{Lead}</p>
        <div class="item-text" itemprop="articleBody">{Body("انتهای پیام")}</div>{Furniture}</body></html>
        """;
}
