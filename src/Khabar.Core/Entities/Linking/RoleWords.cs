namespace Khabar.Entities.Linking;

/// <summary>Words that open a role or title (رئیس، دبیرکل، وزیر…) and words that end one.</summary>
internal static class RoleWords
{
    /// <summary>Keys of words a role starts with.</summary>
    public static readonly HashSet<string> Heads = new[]
    {
        "رئیس", "رییس", "دبیرکل", "دبیر", "وزیر", "سخنگوی", "سخنگو", "معاون", "نماینده", "فرمانده", "مدیرعامل", "مدیرکل",
        "مدیر", "رهبر", "سفیر", "عضو", "نخستوزیر", "رئیسجمهور", "رئیسجمهوری", "استاندار", "فرماندار", "شهردار", "دادستان",
        "امامجمعه", "امام", "سرپرست", "مشاور", "دستیار", "قائممقام", "جانشین", "بنیانگذار", "موسس", "رئیسکل", "دبیرخانه",
        "نایبرئیس", "سرمربی", "مربی", "کاپیتان", "بازیکن", "هافبک", "مهاجم", "دروازهبان", "کارشناس", "فعال", "نویسنده",
        "کارگردان", "بازیگر", "خواننده", "شاعر", "پادشاه", "ولیعهد", "امیر", "شیخ", "ژنرال", "سردار", "سرلشکر", "سرتیپ",
        "آیتالله", "حجتالاسلام", "دکتر", "مهندس", "پروفسور", "استاد", "رئیسهیئت", "مسئول", "همسر", "فرزند", "برادر", "خواهر",
    }.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Keys of the heads that name a kinship: before a name they say what someone else is to it (<c>X فرزند Y</c>: X is
    /// Y's child), so they are a role only after a name, where the relative's name completes them.
    /// </summary>
    public static readonly HashSet<string> Kin = new[] { "همسر", "فرزند", "برادر", "خواهر", "پدر", "مادر", "پسر", "دختر" }
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Keys of the heads that, alone right before a person's name, say what someone else is to that person
    /// (<c>معاون ظریف</c> is Zarif's deputy, <c>دستیار بیضایی</c> Beyzaie's assistant): no role of the name there.
    /// </summary>
    public static readonly HashSet<string> Relational = new[] { "جانشین", "دستیار", "معاون", "مشاور", "نماینده", "سخنگو", "سخنگوی", "وکیل" }
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Keys of the heads that are titles: written before a name, even in a list of names, they are its own.</summary>
    public static readonly HashSet<string> Titles = new[]
    {
        "دکتر", "مهندس", "پروفسور", "استاد", "سردار", "سرلشکر", "سرتیپ", "امیر", "شیخ", "ژنرال", "آیتالله", "حجتالاسلام",
    }.ToHashSet(StringComparer.Ordinal);

    /// <summary>Keys of words that end a role phrase: prepositions, conjunctions that start a clause, verbs and their helpers.</summary>
    public static readonly HashSet<string> Stops = new[]
    {
        "با", "در", "به", "از", "که", "را", "تا", "برای", "درباره", "دربارهی", "طی", "پس", "پیش", "روز", "امروز", "دیروز",
        "گفت", "افزود", "اعلام", "کرد", "است", "بود", "شد", "هم", "نیز", "ضمن", "هنگام", "بر", "اظهار", "تاکید", "و",
        "اند", "کرده", "کند", "کنند", "کردند", "شده", "شود", "شوند", "دارد", "دارند", "داشت", "داشته", "داد", "دادند",
        "داده", "گفته", "خواسته", "باشد", "باشند", "نیست", "هست", "هستند", "بودند", "خواهد", "خواهند", "کردهاند", "شدهاند",
        "داشتند", "باید", "نباید", "یعنی", "صبح", "ظهر", "دیشب", "بامداد", "امشب",
    }.ToHashSet(StringComparer.Ordinal);

    /// <summary>Keys of the courtesy words between a role and the name it comes before (<c>دبیر جشنواره آقای X</c>): not part of the role.</summary>
    public static readonly HashSet<string> Courtesies = new[] { "آقای", "خانم", "جناب", "سرکار" }.ToHashSet(StringComparer.Ordinal);

    /// <summary>Keys of the verbs that make a verb of the noun before them (<c>موافقت کرد</c>, <c>قرار دارند</c>).</summary>
    public static readonly HashSet<string> LightVerbs = new[]
    {
        "کرد", "کرده", "کند", "کنند", "کردند", "کردهاند", "شد", "شده", "شود", "شوند", "شدند", "شدهاند", "دارد", "دارند",
        "داشت", "داشته", "داد", "دادند", "داده", "گرفت", "گرفته", "گرفتند",
    }.ToHashSet(StringComparer.Ordinal);

    /// <summary>Demonstratives that point back to an entity named before (این جنبش → the movement last named).</summary>
    public static readonly Dictionary<string, string> Anaphors = new(StringComparer.Ordinal)
    {
        ["جنبش"] = "ORG", ["سازمان"] = "ORG", ["گروه"] = "ORG", ["حزب"] = "ORG", ["وزارتخانه"] = "ORG", ["نهاد"] = "ORG",
        ["باشگاه"] = "ORG", ["تیم"] = "ORG", ["شرکت"] = "ORG", ["کشور"] = "LOC", ["شهر"] = "LOC", ["استان"] = "LOC",
    };
}
