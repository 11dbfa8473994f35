using Khabar.Archive.Dedup.Stories;
using Khabar.Entities;
using Khabar.Model;
using Khabar.Persian.Search;

namespace Khabar.Archive.Tests.Dedup;

/// <summary>Words every report of the week carries cannot tie two reports into one story; an event's own words do.</summary>
public sealed class StoryKeyTests
{
    private static readonly string[] Provinces =
    [
        "کرمان", "یزد", "گیلان", "سمنان", "اردبیل", "زنجان", "قزوین", "همدان", "کردستان", "لرستان",
        "ایلام", "بوشهر", "هرمزگان", "خوزستان", "اصفهان", "گلستان", "مازندران", "البرز", "خراسان", "سیستان",
    ];

    [Fact]
    public void Keys_grown_common_in_the_window_no_longer_join_stories_but_an_events_own_keys_do()
    {
        var at = new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.FromHours(3.5));
        Article Report(string agency, int hour, string title, string lead) =>
            new() { Source = agency, Agency = agency, Published = at.AddHours(hour), Title = title, Paragraphs = [lead] };

        using var harness = new DedupHarness();
        var sessions = Provinces.Select((p, i) => Report("ایسنا", i, $"نشست کمیسیون اقتصادی مجلس درباره بودجه استان {p}",
            $"نمایندگان در نشست کمیسیون اقتصادی مجلس بودجه استان {p} را بررسی کردند."));
        harness.Add([
            .. sessions,
            Report("ایرنا", 3, "زلزله شدید بم روستاهای اطراف را لرزاند", "امدادگران هلال احمر به روستاهای زلزله‌زده بم رسیدند و چادر برپا کردند."),
            Report("مهر", 5, "امدادرسانی هلال احمر به روستاهای زلزله زده بم", "زلزله شدید بم به روستاهای اطراف خسارت زد و امدادگران چادر برپا کردند."),
        ]);

        // The first reports cannot know yet that these words will be in every report; from the tenth on, the words
        // are in more than eight reports of the window and each session stays a story of its own.
        Assert.All(Enumerable.Range(10, Provinces.Length - 9), id => Assert.Equal(id, harness.Dedup.Stories.StoryOf(id)));
        Assert.Equal(harness.Dedup.Stories.StoryOf(21), harness.Dedup.Stories.StoryOf(22));
    }

    // Keys are stored with every dated article, so their values must never change: the keys of real articles (with
    // entities, digits, punctuation, half-spaces and more words than are kept) equal those of a plain reference.
    [SkippableFact]
    public void Keys_of_real_articles_are_those_of_the_reference_definition()
    {
        var articles = new[] { "cinema", "economics", "politics", "sport", "tech" }
            .SelectMany(c => IsnaArticles.Take(c, 200)).ToList();
        Assert.True(articles.Count >= 800, $"only {articles.Count} ISNA articles read");
        var random = new Random(1403);
        var checkedKeys = 0;
        foreach (var article in articles)
        {
            var named = article with
            {
                Lead = random.Next(3) == 0 ? null : "۱۴۰۳ «" + article.Paragraphs[^1] + "» 12345 -",
                Entities = [
                    new EntityMention("تهران", "LOC", "title", 0, 5, "loc:tehran", "تهران"),
                    new EntityMention("دیروز", "DAT", "title", 0, 5, "dat:x", "دیروز"),
                    new EntityMention("ایسنا", "ORG", "title", 0, 5, "org:isna-" + random.Next(5), "ایسنا"),
                ],
            };
            var keys = StoryKeys.Of(named);
            Assert.Equal(Reference(named), keys);
            checkedKeys += keys.Length;
        }

        Assert.True(checkedKeys > articles.Count * 10, $"only {checkedKeys} keys");
    }

    private static long[] Reference(Article article)
    {
        string[] common =
        [
            "از", "به", "با", "در", "برای", "که", "این", "آن", "را", "تا", "بر", "هم", "یا", "نیز", "اما", "اگر", "چه",
            "اش", "ای", "اند", "ام", "ما", "او", "وی", "نه", "هر", "چند", "است", "شد", "شده", "شود", "می", "کرد", "کند", "دارد", "گفت", "کرده", "خواهد", "بود", "باشد", "های", "ها",
            "خبر", "گزارش", "امروز", "دیروز", "فردا", "سال", "روز", "جدید", "درباره", "پس", "پیش", "بین", "روی", "رو",
            "بیان", "اعلام", "تاکید", "افزود", "عنوان", "گفتگو", "گفتوگو", "ادامه", "خبرگزاری", "ایسنا", "ایرنا", "فارس",
        ];
        static long Key(string text)
        {
            var h = 0xCBF29CE484222325UL;
            foreach (var c in text)
            {
                h = (h ^ c) * 0x100000001B3UL;
            }

            h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
            h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
            h ^= h >> 31;
            return (long)(text[0] == 'e' ? h | 1 : h & ~1UL);
        }

        IEnumerable<string> Words(string? text)
        {
            foreach (var raw in (text ?? "").Split([' ', '\u200C', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var chars = raw.ToCharArray();
                var word = new string(chars, 0, SearchFolding.Fold(chars)).Trim(['.', '،', ',', ':', '«', '»', '"', '(', ')', '؟', '!', '؛', '-']);
                if (word.Length >= 2 && !common.Contains(word) && !word.All(char.IsDigit))
                {
                    yield return word;
                }
            }
        }

        var keys = new List<long>();
        foreach (var entity in article.Entities.Where(e => e.Type is not ("DAT" or "TIM" or "MON" or "PCT")))
        {
            if (!keys.Contains(Key("e:" + entity.CanonicalId)))
            {
                keys.Add(Key("e:" + entity.CanonicalId));
            }
        }

        var words = 0;
        foreach (var word in Words(article.Title).Concat(Words(article.Lead ?? article.Paragraphs.FirstOrDefault())))
        {
            if (words < 24 && !keys.Contains(Key("w:" + word)))
            {
                keys.Add(Key("w:" + word));
                words++;
            }
        }

        return [.. keys];
    }
}
