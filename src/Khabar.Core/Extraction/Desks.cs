namespace Khabar.Extraction;

/// <summary>Newsroom desks, so a desk read from a page comes out spelled one way whatever the page did.</summary>
public static class Desks
{
    /// <summary>Canonical spellings of common desks.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "بین‌الملل", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "علمی", "فناوری", "علم و فناوری",
        "علمی و فناوری", "فرهنگ و هنر", "هنری", "استان‌ها", "استانی", "بین‌الملل و سیاست خارجی", "دانشگاه",
        "آموزش", "سلامت", "حوادث", "انتظامی", "جامعه", "دین و اندیشه", "قرآن و معارف", "فضای مجازی",
        "اقتصاد", "سیاست", "سیاست خارجی", "ورزش", "فوتبال", "فوتبال ایران", "فوتبال جهان", "جهان ورزش",
        "سینما", "تلویزیون", "ادبیات", "کتاب", "موسیقی", "تئاتر", "رسانه", "مجلس", "دولت", "محیط زیست",
        "بازار", "انرژی", "نفت", "کشاورزی", "صنعت", "بورس", "مسکن", "خودرو", "بانک و بیمه", "تجارت",
        "سیاست داخلی", "دفاعی", "امنیتی", "نظامی", "اندیشه", "تاریخ", "گردشگری", "زنان و خانواده",
        "جوانان", "بهداشت و درمان", "آموزش و پرورش", "حقوقی و قضایی", "قضایی", "شهری", "تهران", "ایران",
        "ایرانشهر", "پژوهش", "خارجی", "عمومی", "چندرسانه‌ای", "عکس", "فیلم",
    ];

    private static readonly Dictionary<string, string> ByKey = All
        .GroupBy(PersianKey.Of)
        .ToDictionary(g => g.Key, g => g.First());

    /// <summary>The canonical spelling of a desk name; an unknown desk comes back as given.</summary>
    public static string Canonical(string desk) => ByKey.GetValueOrDefault(PersianKey.Of(desk), desk);
}
