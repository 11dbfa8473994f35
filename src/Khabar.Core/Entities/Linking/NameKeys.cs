using Khabar.Entities.Ner;
using Khabar.Persian.Normalization;

namespace Khabar.Entities.Linking;

/// <summary>
/// The keys an entity id is made of: the name's words as news most often writes them (<see
/// cref="WordSegments.MostWritten"/>; a person's first word as written where news is not clear), each keyed as the
/// tagger keys a token, without quote marks. So <c>کارلوس کی روش</c> and <c>کارلوس کی‌روش</c>, <c>ذوب آهن</c> and
/// <c>ذوب‌آهن</c>, or <c>دانشگاه «هاروارد»</c> and <c>دانشگاه هاروارد</c>, are one entity. A
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
            return type == EntityTypes.Organisation ? WithoutClubHead(OurCountryNamed(Of(tokens))) : Of(tokens);
        }

        var keys = PersonKeys(Named(tokens.Skip(TitleTokens(tokens))));
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

    // Words news writes before a club's name: تیم فوتبال سایپا, باشگاه سایپا and سایپا are one club. Not before ملی:
    // تیم ملی فوتبال ایران is the national team, which ملی فوتبال ایران does not name.
    private static readonly string[][] ClubHeads = [["تیم", "فوتبال"], ["باشگاه", "فوتبال"], ["تیم"], ["باشگاه"]];
    private const string National = "ملی";

    // "Our country" in Iranian news is Iran: وزارت امور خارجه کشورمان is وزارت امور خارجه ایران, تیم ملی فوتبال
    // کشورمان تیم ملی فوتبال ایران.
    private const string OurCountry = "کشورمان";
    private const string Iran = "ایران";

    private static string[] OurCountryNamed(string[] keys) =>
        keys.Length >= 2 && keys[^1] == OurCountry ? [.. keys[..^1], Iran] : keys;

    // An organisation's keys without the club head before its name.
    private static string[] WithoutClubHead(string[] keys)
    {
        foreach (var head in ClubHeads)
        {
            if (keys.Length >= head.Length && keys.AsSpan(0, head.Length).SequenceEqual(head))
            {
                return keys.Length > head.Length && keys[head.Length] != National ? keys[head.Length..] : keys;
            }
        }

        return keys;
    }

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

    /// <summary>
    /// The keys of a name written as these tokens: its words as news most often writes them (<see
    /// cref="WordSegments.MostWritten"/>), so <c>ذوب آهن</c> and <c>ذوب‌آهن</c> are one name, and
    /// <c>راه آهن</c> and <c>راه‌آهن</c> another.
    /// </summary>
    public static string[] Of(IEnumerable<string> tokens) => [.. WordSegments.MostWritten(Named(tokens)).Select(TokenText.NameKey)];

    /// <summary>
    /// Whether the name of keys <paramref name="longer"/> contains the name of keys <paramref name="shorter"/>: some run
    /// of its whole words has the same letters, however the words are spaced (<c>محمدی فر</c> in <c>سعید محمدی‌فر</c>;
    /// <c>هنیه</c> in <c>اسماعیل هنیه</c>, not <c>هنی</c>). A name without letters is contained only in another.
    /// </summary>
    public static bool Contains(string[] longer, string[] shorter)
    {
        var total = 0;
        foreach (var key in shorter)
        {
            total += key.Length;
        }

        if (total == 0)
        {
            return longer.All(k => k.Length == 0);
        }

        for (var i = 0; i < longer.Length; i++)
        {
            if (Spells(longer, i, shorter, total))
            {
                return true;
            }
        }

        return false;
    }

    // Whether whole words of longer from word i on spell the total letters of shorter exactly.
    private static bool Spells(string[] longer, int i, string[] shorter, int total)
    {
        int word = 0, at = 0, matched = 0;
        for (var j = i; j < longer.Length; j++)
        {
            foreach (var c in longer[j])
            {
                if (matched == total)
                {
                    return false;
                }

                while (at == shorter[word].Length)
                {
                    (word, at) = (word + 1, 0);
                }

                if (shorter[word][at] != c)
                {
                    return false;
                }

                (at, matched) = (at + 1, matched + 1);
            }

            if (matched == total)
            {
                return true;
            }
        }

        return false;
    }

    // A person's words: the first (the given name, or a surname alone) as this article writes it where news is not
    // clear (علی محمدی and علی‌محمدی are two people), the rest as news most often writes them (داروغه زاده and
    // داروغه‌زاده are one surname).
    private static string[] PersonKeys(List<string> tokens)
    {
        var words = WordSegments.Words(tokens);
        return words.Count == 0 ? [] : [TokenText.NameKey(words[0]), .. WordSegments.MostWritten([.. words.Skip(1)]).Select(TokenText.NameKey)];
    }

    // The tokens that spell the name: without a closing honorific in brackets, nor quote marks (دانشگاه «هاروارد»).
    private static List<string> Named(IEnumerable<string> tokens)
    {
        var list = tokens.Where(t => !t.All(Quotes.Contains)).ToList();
        if (list is [.., "(", var honorific, ")"] && list.Count > 3 && Honorifics.Contains(TokenText.Key(honorific)))
        {
            list.RemoveRange(list.Count - 3, 3);
        }

        return list;
    }

    private static readonly HashSet<char> Quotes = ['"', '\'', '«', '»', '“', '”', '„', '‘', '’', '‹', '›'];
}
