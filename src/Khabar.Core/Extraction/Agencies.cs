namespace Khabar.Extraction;

/// <summary>The agencies and outlets whose openers and bylines Khabar recognises.</summary>
public static class Agencies
{
    /// <summary>Every known agency; aliases are matched by <see cref="PersianKey"/>, longest first.</summary>
    public static IReadOnlyList<Agency> All { get; } =
    [
        new("borna", "برنا", ["خبرگزاری برنا", "برنا نیوز", "برنا"]),
        new("isna", "ایسنا", ["خبرگزاری دانشجویان ایران", "خبرگزاری ایسنا", "ایسنا"]),
        new("irna", "ایرنا", ["خبرگزاری جمهوری اسلامی", "خبرگزاری ایرنا", "ایرنا"]),
        new("mehr", "مهر", ["خبرگزاری مهر", "مهر"]),
        new("fars", "فارس", ["خبرگزاری فارس", "فارس"]),
        new("tasnim", "تسنیم", ["خبرگزاری تسنیم", "تسنیم"]),
        new("yjc", "باشگاه خبرنگاران جوان", ["باشگاه خبرنگاران جوان", "باشگاه خبرنگاران"]),
        new("ilna", "ایلنا", ["خبرگزاری کار ایران", "خبرگزاری ایلنا", "ایلنا"]),
        new("iqna", "ایکنا", ["خبرگزاری بین‌المللی قرآن", "خبرگزاری ایکنا", "ایکنا"]),
        new("ana", "آنا", ["خبرگزاری آنا", "آنا"]),
        new("snn", "خبرگزاری دانشجو", ["خبرگزاری دانشجو"]),
        new("iribnews", "خبرگزاری صدا و سیما", ["خبرگزاری صدا و سیما", "خبرگزاری صداوسیما"]),
        new("mizan", "میزان", ["خبرگزاری میزان", "میزان"]),
        new("pana", "پانا", ["خبرگزاری پانا", "پانا"]),
        new("shana", "شانا", ["پایگاه اطلاع‌رسانی وزارت نفت", "شانا"]),
        new("abna", "ابنا", ["خبرگزاری ابنا", "ابنا"]),
        new("shafaqna", "شفقنا", ["خبرگزاری شفقنا", "شفقنا"]),
        new("hamshahri", "همشهری آنلاین", ["همشهری آنلاین", "همشهری"]),
        new("khabaronline", "خبرآنلاین", ["خبرآنلاین"]),
        new("tabnak", "تابناک", ["پایگاه خبری تابناک", "تابناک"]),
        new("asriran", "عصر ایران", ["عصر ایران", "عصرایران"]),
        new("mashreghnews", "مشرق", ["مشرق نیوز", "مشرق"]),
        new("varzesh3", "ورزش سه", ["ورزش سه", "ورزش۳"]),
        new("entekhab", "انتخاب", ["پایگاه خبری انتخاب", "انتخاب"]),
        new("fararu", "فرارو", ["فرارو"]),
        new("khabarfoori", "خبر فوری", ["خبر فوری"]),
        new("donya-e-eqtesad", "دنیای اقتصاد", ["روزنامه دنیای اقتصاد", "دنیای اقتصاد"]),
        new("ecoiran", "اکوایران", ["اکوایران"]),
        new("radiofarda", "رادیو فردا", ["رادیو فردا"]),
        new("jamejam", "جام جم", ["جام جم آنلاین", "جام جم"]),
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

    /// <summary>The agency by its id, or null.</summary>
    public static Agency? ById(string id) => All.FirstOrDefault(a => a.Id == id);
}
