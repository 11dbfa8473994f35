using Khabar.Model;
using Khabar.Persian.Search;

namespace Khabar.Archive.Dedup.Stories;

/// <summary>
/// What an article is about, as stories compare it: the entities it names (linked ids, so two spellings of one
/// person are one key) and the content words of its title and lead, folded. Rewritten copies of one event keep
/// these even when hardly a sentence survives.
/// </summary>
public static class StoryKeys
{
    private const int MaxWords = 24;

    // Function words and newsroom verbs: shared by every title, so they say nothing about the event.
    private static readonly HashSet<string> Common =
    [
        "از", "به", "با", "در", "برای", "که", "این", "آن", "را", "تا", "بر", "هم", "یا", "نیز", "اما", "اگر", "چه",
        "اش", "ای", "اند", "ام", "ما", "او", "وی", "نه", "هر", "چند", "است", "شد", "شده", "شود", "می", "کرد", "کند", "دارد", "گفت", "کرده", "خواهد", "بود", "باشد", "های", "ها",
        "خبر", "گزارش", "امروز", "دیروز", "فردا", "سال", "روز", "جدید", "درباره", "پس", "پیش", "بین", "روی", "رو",
        "بیان", "اعلام", "تاکید", "افزود", "عنوان", "گفتگو", "گفتوگو", "ادامه", "خبرگزاری", "ایسنا", "ایرنا", "فارس",
    ];

    /// <summary>The article's keys, hashed: entities first, then title and lead words.</summary>
    public static long[] Of(Article article)
    {
        var keys = new HashSet<long>();
        foreach (var entity in article.Entities)
        {
            if (entity.Type is not ("DAT" or "TIM" or "MON" or "PCT") && entity.CanonicalId.Length > 0)
            {
                keys.Add(Key("e:" + entity.CanonicalId));
            }
        }

        var words = 0;
        foreach (var word in Words(article.Title).Concat(Words(article.Lead ?? article.Paragraphs.FirstOrDefault())))
        {
            if (words < MaxWords && keys.Add(Key("w:" + word)))
            {
                words++;
            }
        }

        return [.. keys];
    }

    /// <summary>Whether the key came from an entity rather than a word.</summary>
    public static bool IsEntity(long key) => (key & 1) == 1;

    private static long Key(string text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        // The lowest bit marks entity keys, so scoring can weigh them without a second table.
        h = Mix.Final(h);
        return (long)(text[0] == 'e' ? h | 1 : h & ~1UL);
    }

    private static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (var raw in text.Split([' ', '\u200C', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var chars = raw.ToCharArray();
            var length = SearchFolding.Fold(chars);
            var word = new string(chars, 0, length).Trim(['.', '،', ',', ':', '«', '»', '"', '(', ')', '؟', '!', '؛', '-']);
            if (word.Length >= 2 && !Common.Contains(word) && !word.All(char.IsDigit))
            {
                yield return word;
            }
        }
    }
}
