using System.Text.Json;

namespace Khabar.Web.Tests;

/// <summary>
/// One report carried by two agencies (the same body under each agency's own opener, title and news code), a third
/// agency's own report of the same event the next day, and two hostile copies of one text: duplicate groups and
/// stories for the article and story pages. Dated in Esfand 1402, before the samples.
/// </summary>
internal static class CopiedArticles
{
    /// <summary>A word only the copied body holds.</summary>
    public const string Word = "هدررفت";

    /// <summary>The first report's title (ایرنا), which the story takes.</summary>
    public const string Title = "ذخیره سدهای تهران ۱۸ درصد بیشتر شد";

    /// <summary>The copy's title (ایسنا).</summary>
    public const string CopyTitle = "افزایش ۱۸ درصدی ذخایر آب سدهای تهران";

    /// <summary>A word only the hostile copies hold.</summary>
    public const string HostileWord = "کژدم";

    /// <summary>The hostile original's title, as it must show: as text.</summary>
    public const string HostileTitle = "<script>window.__pwned='copy'</script>" + HostileWord + " \"><img src=x onerror=\"window.__pwned='copytitle'\">";

    private static string[] Body(string word) =>
    [
        "مدیرعامل شرکت آب منطقه‌ای تهران امروز در نشستی خبری اعلام کرد حجم آب ذخیره‌شده در پنج سد اصلی تهران نسبت به سال گذشته هجده درصد افزایش یافته و بارش‌های اخیر اسفند وضعیت سد امیرکبیر را بهبود داده است.",
        "وی افزود: با وجود این افزایش، مصرف آب شرب پایتخت همچنان بالاتر از الگوی استاندارد است و شهروندان باید در ماه‌های گرم پیش رو صرفه‌جویی را جدی بگیرند.",
        "به گفته این مقام مسئول، طرح انتقال آب از سد طالقان به تصفیه‌خانه ششم تهران تا پایان خرداد به بهره‌برداری می‌رسد و ظرفیت تأمین آب شهر را افزایش می‌دهد.",
        "او همچنین از آغاز عملیات نوسازی شبکه‌های فرسوده آبرسانی در مناطق جنوبی تهران خبر داد و گفت " + word + " آب در این مناطق تا پایان سال آینده به کمتر از دوازده درصد می‌رسد.",
    ];

    private static readonly string[] HostileBody =
    [
        "تیم ملی فوتبال ایران در دیداری دوستانه در ورزشگاه آزادی با نتیجه دو بر یک از سد حریف آسیایی خود گذشت و آمادگی خود را برای مسابقات مقدماتی جام جهانی نشان داد.",
        "<script>window.__pwned='copy-body'</script> سرمربی تیم ملی پس از بازی گفت بازیکنان جوان عملکرد خوبی داشتند و کادر فنی از نتیجه این دیدار راضی است.",
        "\"><img src=x onerror=\"window.__pwned='copy-img'\"> اردوی بعدی تیم ملی از اوایل فروردین در تهران برگزار می‌شود و چند بازیکن تازه به آن دعوت شده‌اند.",
    ];

    public static readonly string[] Records =
    [
        .. Pair(Word, ""),
        Record(new
        {
            id = "story-mehr", title = "مدیرعامل آب منطقه‌ای تهران: سد امیرکبیر وضعیت بهتری دارد", newsCode = "6051234",
            date = "1402/12/21 - 09:15", agency = "مهر",
            body = "به گزارش خبرگزاری مهر، مدیرعامل شرکت آب منطقه‌ای تهران در بازدید از سد امیرکبیر گفت بارش‌های اسفند ذخیره سدهای تهران را افزایش داده اما شهروندان تهران باید مصرف آب را کاهش دهند.\n" +
                "وی درباره طرح انتقال آب طالقان گفت این طرح تا خرداد آماده می‌شود.",
        }),
        Record(new
        {
            id = "hostile-copy-1", title = HostileTitle, date = "1402/12/25 - 18:00",
            agency = "<b onmouseover=\"window.__pwned='copyagency'\">کژدم‌نیوز</b>", body = string.Join('\n', HostileBody),
            url = "javascript:window.__pwned='copyurl'",
        }),
        Record(new
        {
            id = "hostile-copy-2", title = "<a href=\"javascript:window.__pwned='copy2'\">" + HostileWord + " دوم</a>", date = "1402/12/25 - 19:00",
            agency = "'><script>window.__pwned='agency2'</script>", body = string.Join('\n', HostileBody),
            url = "https://evil.example/\"><script>window.__pwned='href2'</script>",
        }),
    ];

    /// <summary>The two copies (ایرنا, ایسنا) of the report, with <paramref name="word"/> in the body and ids ending in <paramref name="suffix"/>.</summary>
    public static string[] Pair(string word, string suffix) =>
    [
        Record(new
        {
            id = "copy-irna" + suffix, title = Title, newsCode = "85012345" + suffix, date = "1402/12/20 - 10:00", agency = "ایرنا",
            desk = "اجتماعی", body = Opened("به گزارش گروه اجتماعی خبرگزاری ایرنا،", Body(word)),
        }),
        Record(new
        {
            id = "copy-isna" + suffix, title = CopyTitle, newsCode = "1402122014" + suffix, date = "1402/12/20 - 12:30", agency = "ایسنا",
            body = Opened("به گزارش ایسنا،", Body(word)),
        }),
    ];

    private static string Opened(string opener, string[] paragraphs) =>
        string.Join('\n', [opener + " " + paragraphs[0], .. paragraphs[1..]]);

    private static string Record(object value) => JsonSerializer.Serialize(value);
}
