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
    private const int MaxWordLength = 256;

    // Function words and newsroom verbs: shared by every title, so they say nothing about the event.
    private static readonly HashSet<string> Common =
    [
        "از", "به", "با", "در", "برای", "که", "این", "آن", "را", "تا", "بر", "هم", "یا", "نیز", "اما", "اگر", "چه",
        "اش", "ای", "اند", "ام", "ما", "او", "وی", "نه", "هر", "چند", "است", "شد", "شده", "شود", "می", "کرد", "کند", "دارد", "گفت", "کرده", "خواهد", "بود", "باشد", "های", "ها",
        "خبر", "گزارش", "امروز", "دیروز", "فردا", "سال", "روز", "جدید", "درباره", "پس", "پیش", "بین", "روی", "رو",
        "بیان", "اعلام", "تاکید", "افزود", "عنوان", "گفتگو", "گفتوگو", "ادامه", "خبرگزاری", "ایسنا", "ایرنا", "فارس",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonSpans = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] Separators = [' ', '\u200C', '\n', '\t'];

    private static readonly char[] Edges = ['.', '،', ',', ':', '«', '»', '"', '(', ')', '؟', '!', '؛', '-'];

    /// <summary>The article's keys, hashed: entities first, then title and lead words.</summary>
    public static long[] Of(Article article)
    {
        var keys = new HashSet<long>();
        foreach (var entity in article.Entities)
        {
            if (entity.Type is not ("DAT" or "TIM" or "MON" or "PCT") && entity.CanonicalId.Length > 0)
            {
                keys.Add(Key('e', entity.CanonicalId));
            }
        }

        var words = 0;
        Span<char> buffer = stackalloc char[MaxWordLength];
        AddWords(article.Title, keys, ref words, buffer);
        AddWords(article.Lead ?? article.Paragraphs.FirstOrDefault(), keys, ref words, buffer);
        return [.. keys];
    }

    /// <summary>Whether the key came from an entity rather than a word.</summary>
    public static bool IsEntity(long key) => (key & 1) == 1;

    // FNV-1a over the kind letter, a colon and the text, then mixed; the lowest bit marks entity keys, so scoring
    // can weigh them without a second table. Keys are stored: this function must never change.
    private static long Key(char kind, ReadOnlySpan<char> text)
    {
        var h = 0xCBF29CE484222325UL;
        h = (h ^ kind) * 0x100000001B3UL;
        h = (h ^ ':') * 0x100000001B3UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        h = Mix.Final(h);
        return (long)(kind == 'e' ? h | 1 : h & ~1UL);
    }

    // Each space- or half-space-separated word, folded, trimmed of punctuation, long enough, not a function word and
    // not a number, keyed (without allocating) until the article has its words.
    private static void AddWords(string? text, HashSet<long> keys, ref int words, Span<char> buffer)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var range in text.AsSpan().SplitAny(Separators))
        {
            var raw = text.AsSpan(range);
            if (raw.IsEmpty)
            {
                continue;
            }

            var chars = raw.Length <= buffer.Length ? buffer[..raw.Length] : raw.ToArray();
            raw.CopyTo(chars);
            var word = chars[..SearchFolding.Fold(chars)].Trim(Edges);
            if (word.Length >= 2 && !CommonSpans.Contains(word) && !AllDigits(word) && words < MaxWords && keys.Add(Key('w', word)))
            {
                words++;
            }
        }
    }

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
