using Khabar.Entities.Ner;
using Khabar.Persian.Normalization;

namespace Khabar.Entities.Linking;

/// <summary>
/// The keys an entity id is made of: the name's words as news writes them where that is clear
/// (<see cref="WordSegments"/>), each keyed as the tagger keys a token. So <c>کارلوس کی روش</c> and
/// <c>کارلوس کی‌روش</c>, or <c>صندوق بین المللی پول</c> and <c>صندوق بین‌المللی پول</c>, are one entity. A
/// closing honorific in brackets (<c>امام خمینی (ره)</c>, <c>امام حسین (ع)</c>) is not part of the name, nor are the
/// titles before a person's name (<c>آیت‌الله رئیسی</c>, <c>حجت‌الاسلام والمسلمین</c>, <c>دکتر</c>, <c>سرلشکر</c>,
/// <c>سید</c>; not <c>سردار</c>, which is also a given name: <c>سردار آزمون</c>).
/// </summary>
public static class NameKeys
{
    private static readonly HashSet<string> Honorifics = ["ع", "ره", "س", "ص", "عج", "رض"];

    // Keys of the titles, each word glued; حضرت only before another title (حضرت علی is a name, حضرت آیت‌الله a title).
    private static readonly HashSet<string> Titles =
    [
        "آیتالله", "آیتاللهالعظمی", "العظمی", "حجتالاسلام", "حجتالاسلاموالمسلمین", "والمسلمین", "دکتر", "مهندس",
        "پروفسور", "سرلشکر", "سرتیپ", "سرهنگ", "آقای", "خانم", "مرحوم", "زندهیاد", "حاج", Seyyed, "سیده",
    ];

    // A descendant of the Prophet; before a given name, written apart or glued (سید ابراهیم، سیدابراهیم).
    private const string Seyyed = "سید";

    private const string Hazrat = "حضرت";

    /// <summary>The keys of a name of this type written as these tokens (a person's titles left out).</summary>
    public static string[] Of(IReadOnlyList<string> tokens, string type)
    {
        if (type != EntityTypes.Person)
        {
            return Of(tokens);
        }

        var keys = Of(tokens.Skip(TitleTokens(tokens)));
        if (keys.Length >= 2 && keys[0].Length >= Seyyed.Length + 3 && keys[0].StartsWith(Seyyed, StringComparison.Ordinal))
        {
            keys[0] = keys[0][Seyyed.Length..];
        }

        return keys.Length >= 3 && WordSegments.JoinedCount(keys[0], keys[1]) >= MinGivenCompound
            ? [keys[0] + keys[1], .. keys[2..]]
            : keys;
    }

    /// <summary>
    /// How often news must write a person's first two words as one word before they are read as one compound given
    /// name, however this article spaced them: news writes <c>محمد جواد ظریف</c> and <c>محمدجواد ظریف</c> about as
    /// often, and they are one person, as are <c>علی اکبر ولایتی</c> and <c>علی‌اکبر ولایتی</c>. Only in names of three
    /// words or more, so that a given name and a surname (<c>علی محمدی</c>) stay two words. <c>سید</c> before a given
    /// name is a title, written apart or glued: <c>سید ابراهیم رئیسی</c>, <c>سیدابراهیم رئیسی</c> and
    /// <c>ابراهیم رئیسی</c> are one person.
    /// </summary>
    public const int MinGivenCompound = 5;

    /// <summary>How many tokens at the start of a person's name are titles, not the name (all of them for a title alone).</summary>
    public static int TitleTokens(IReadOnlyList<string> tokens)
    {
        var at = 0;
        while (at < tokens.Count)
        {
            var title = TitleAt(tokens, at);
            if (title == 0 && TokenText.Key(tokens[at]) == Hazrat && TitleAt(tokens, at + 1) > 0)
            {
                title = 1;
            }

            if (title == 0)
            {
                break;
            }

            at += title;
        }

        return at;
    }

    // The number of tokens (1 to 3) from at that spell a title, or 0.
    private static int TitleAt(IReadOnlyList<string> tokens, int at)
    {
        var glued = "";
        var found = 0;
        for (var n = 1; n <= 3 && at + n <= tokens.Count; n++)
        {
            glued += TokenText.Key(tokens[at + n - 1]);
            found = Titles.Contains(glued) ? n : found;
        }

        return found;
    }

    /// <summary>The keys of a name written as these tokens.</summary>
    public static string[] Of(IEnumerable<string> tokens)
    {
        var list = tokens.ToList();
        if (list is [.., "(", var honorific, ")"] && list.Count > 3 && Honorifics.Contains(TokenText.Key(honorific)))
        {
            list.RemoveRange(list.Count - 3, 3);
        }

        return [.. WordSegments.Words(list).Select(TokenText.Key)];
    }
}
