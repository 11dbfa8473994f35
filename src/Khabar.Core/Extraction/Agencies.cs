namespace Khabar.Extraction;

/// <summary>The agencies and outlets whose openers and bylines Khabar recognises.</summary>
public static class Agencies
{
    /// <summary>Every known agency; aliases are matched by <see cref="PersianKey"/>, longest first.</summary>
    public static IReadOnlyList<Agency> All { get; } =
    [
        new("borna", "برنا", ["خبرگزاری برنا", "برنا نیوز", "برنا"]) { Hosts = ["borna.news", "bornanews.ir"] },
        new("isna", "ایسنا", ["خبرگزاری دانشجویان ایران", "خبرگزاری ایسنا", "ایسنا"]) { Hosts = ["isna.ir"] },
        new("irna", "ایرنا", ["خبرگزاری جمهوری اسلامی", "خبرگزاری ایرنا", "ایرنا"]) { Hosts = ["irna.ir"] },
        new("mehr", "مهر", ["خبرگزاری مهر", "مهر"]) { Hosts = ["mehrnews.com"] },
        new("fars", "فارس", ["خبرگزاری فارس", "فارس"]) { Hosts = ["farsnews.ir", "farsnews.com"] },
        new("tasnim", "تسنیم", ["خبرگزاری تسنیم", "تسنیم"]) { Hosts = ["tasnimnews.com", "tasnimnews.ir"] },
        new("yjc", "باشگاه خبرنگاران جوان", ["باشگاه خبرنگاران جوان", "باشگاه خبرنگاران"]) { Hosts = ["yjc.ir", "yjc.news"] },
        new("ilna", "ایلنا", ["خبرگزاری کار ایران", "خبرگزاری ایلنا", "ایلنا"]) { Hosts = ["ilna.ir", "ilna.news"] },
        new("iqna", "ایکنا", ["خبرگزاری بین‌المللی قرآن", "خبرگزاری ایکنا", "ایکنا"]) { Hosts = ["iqna.ir"] },
        new("ana", "آنا", ["خبرگزاری آنا", "آنا"]) { Hosts = ["ana.press", "ana.ir"] },
        new("snn", "خبرگزاری دانشجو", ["خبرگزاری دانشجو"]) { Hosts = ["snn.ir"] },
        new("iribnews", "خبرگزاری صدا و سیما", ["خبرگزاری صدا و سیما", "خبرگزاری صداوسیما"]) { Hosts = ["iribnews.ir"] },
        new("mizan", "میزان", ["خبرگزاری میزان", "میزان"]) { Hosts = ["mizanonline.ir", "mizanonline.com"] },
        new("pana", "پانا", ["خبرگزاری پانا", "پانا"]) { Hosts = ["pana.ir"] },
        new("shana", "شانا", ["پایگاه اطلاع‌رسانی وزارت نفت", "شانا"]) { Hosts = ["shana.ir"] },
        new("abna", "ابنا", ["خبرگزاری ابنا", "ابنا"]) { Hosts = ["abna24.com"] },
        new("shafaqna", "شفقنا", ["خبرگزاری شفقنا", "شفقنا"]) { Hosts = ["shafaqna.com"] },
        new("hamshahri", "همشهری آنلاین", ["همشهری آنلاین", "همشهری"]) { Hosts = ["hamshahrionline.ir"] },
        new("khabaronline", "خبرآنلاین", ["خبرآنلاین"]) { Hosts = ["khabaronline.ir"] },
        new("tabnak", "تابناک", ["پایگاه خبری تابناک", "تابناک"]) { Hosts = ["tabnak.ir"] },
        new("asriran", "عصر ایران", ["عصر ایران", "عصرایران"]) { Hosts = ["asriran.com"] },
        new("mashreghnews", "مشرق", ["مشرق نیوز", "مشرق"]) { Hosts = ["mashreghnews.ir"] },
        new("varzesh3", "ورزش سه", ["ورزش سه", "ورزش۳"]) { Hosts = ["varzesh3.com"] },
        new("entekhab", "انتخاب", ["پایگاه خبری انتخاب", "انتخاب"]) { Hosts = ["entekhab.ir"] },
        new("fararu", "فرارو", ["فرارو"]) { Hosts = ["fararu.com"] },
        new("khabarfoori", "خبر فوری", ["خبر فوری"]) { Hosts = ["khabarfoori.com"] },
        new("donya-e-eqtesad", "دنیای اقتصاد", ["روزنامه دنیای اقتصاد", "دنیای اقتصاد"]) { Hosts = ["donya-e-eqtesad.com"] },
        new("ecoiran", "اکوایران", ["اکوایران"]) { Hosts = ["ecoiran.com"] },
        new("radiofarda", "رادیو فردا", ["رادیو فردا"]) { Hosts = ["radiofarda.com"] },
        new("jamejam", "جام جم", ["جام جم آنلاین", "جام جم"]) { Hosts = ["jamejamonline.ir"] },
    ];

    private static readonly (string Key, Agency Agency)[] ByKey = All
        .SelectMany(a => a.Aliases.Append(a.Name).Select(alias => (Key: PersianKey.Of(alias), Agency: a)))
        .DistinctBy(x => x.Key)
        .OrderByDescending(x => x.Key.Length)
        .ToArray();

    /// <summary>The agency whose alias is exactly this phrase, or null.</summary>
    public static Agency? Find(string phrase)
    {
        var key = PersianKey.Of(phrase);
        return ByKey.FirstOrDefault(x => x.Key == key).Agency;
    }

    /// <summary>The agency whose site serves this URL, or null.</summary>
    public static Agency? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return All.FirstOrDefault(a => a.Hosts.Any(h =>
            host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The agency by its id, or null.</summary>
    public static Agency? ById(string id) => All.FirstOrDefault(a => a.Id == id);
}
