namespace Khabar.Web.Ui;

/// <summary>Entity types as a Persian reader names them.</summary>
internal static class EntityNames
{
    /// <summary>One entity's type: شخص, سازمان, مکان…</summary>
    public static string Type(string type) => type switch
    {
        "PER" => "شخص",
        "ORG" => "سازمان",
        "LOC" => "مکان",
        "FAC" => "بنا و تأسیسات",
        "EVENT" => "رویداد",
        "PRO" => "فراورده",
        "DAT" => "زمان",
        _ => "نام",
    };

    /// <summary>A list heading for a type: اشخاص, سازمان‌ها, مکان‌ها…</summary>
    public static string Plural(string type) => type switch
    {
        "PER" => "اشخاص",
        "ORG" => "سازمان‌ها",
        "LOC" => "مکان‌ها",
        "FAC" => "بناها و تأسیسات",
        "EVENT" => "رویدادها",
        "PRO" => "فراورده‌ها",
        "DAT" => "زمان‌ها",
        _ => "نام‌های دیگر",
    };
}
