using System.Text.Json;
using Khabar.Entities;
using Khabar.Entities.Linking;
using Khabar.Model;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

/// <summary>Stored mentions linked again as this version links their phrases, without tagging again.</summary>
public sealed class StoredMentionsTests
{
    private static readonly EntityStage Stage = new(ShippedModel.Get());

    // ISNA articles (isna-5cat), title and paragraphs, with their mentions as the stage finds them.
    private static IEnumerable<Article> Isna(int count) =>
        File.ReadLines(Repo.Shared("data", "news", "isna-5cat", "isna_5cat.jsonl")).Take(count)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => new Article
            {
                Source = "isna",
                Title = r.GetProperty("title").GetString(),
                Paragraphs = [.. r.GetProperty("body").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            })
            .Select(Stage.Process);

    [SkippableFact]
    public void Mentions_this_version_made_come_back_as_they_are()
    {
        var articles = Isna(200).ToList();

        Assert.True(articles.Sum(a => a.Entities.Count) > 2000, "too few mentions to say anything");
        Assert.All(articles, a => Assert.Equal(a.Entities, StoredMentions.AsLinkedNow(a)));
    }

    [SkippableFact]
    public void Ids_an_earlier_version_gave_become_the_ids_and_seeds_of_this_one()
    {
        // As an archive made before the clubs, Khomeini and numbered ids: the stored ids are the article's own words.
        var article = Stage.Process(new Article
        {
            Source = "test",
            Title = "تجدید میثاق مسئولان عالی قضایی با آرمان‌های امام راحل",
            Paragraphs =
            [
                "رئال با تساوی خانگی برابر یوونتوس نتوانست به فینال راه یابد و یووه با شایستگی تمام، حریف بارسا در فینال برلین خواهد بود.",
                "دادسرای ناحیه ۱۲ تهران و دادسرای ناحیه ۲۷ تهران پرونده را بررسی کردند.",
            ],
        });
        var stale = article with
        {
            Entities = [.. article.Entities.Select(m => m with
            {
                CanonicalId = m.Type.ToLowerInvariant() + ":" + string.Join('_', m.Text.Split(' ')).Replace("۱۲", "00").Replace("۲۷", "00"),
                CanonicalName = m.Text,
                English = null,
            })],
        };

        var again = StoredMentions.AsLinkedNow(stale);

        Assert.NotNull(again);
        Assert.Equal(article.Entities, again);
        Assert.Contains(again, m => m.CanonicalId == "per:khomeini" && m.English == "Ruhollah Khomeini");
        Assert.Contains(again, m => m.Text == "یووه" && m.CanonicalId == "org:juventus");
    }

    [Fact]
    public void Random_text_and_random_offsets_never_throw_and_keep_every_mention_where_it_was()
    {
        var random = new Random(1405);
        string[] types = ["PER", "ORG", "LOC", "DAT", "PRO"];
        for (var round = 0; round < 300; round++)
        {
            var text = RandomText.Persian(random, 40);
            var tagged = round % 2 == 0 ? Stage.Find(new Article { Source = "test", Title = text }) : [];
            var mentions = tagged.Count > 0 ? tagged : [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
            {
                var start = random.Next(0, text.Length + 1);
                var end = random.Next(start, text.Length + 1);
                return new EntityMention(text[start..end], types[random.Next(types.Length)], random.Next(3) == 0 ? "lead" : "title", start, end, "x:y", "y");
            })];
            var article = new Article { Source = "test", Title = text, Entities = mentions };

            var again = StoredMentions.AsLinkedNow(article);

            // Mentions the stage made always fall on the text; random ones may not, and are then left to the caller.
            Assert.True(again is not null || tagged.Count == 0, text);
            Assert.Equal(mentions.Select(m => (m.Field, m.Start, m.End)), (again ?? mentions).Select(m => (m.Field, m.Start, m.End)));
        }
    }

    [Fact]
    public void Mentions_whose_phrases_no_longer_fall_on_the_text_stay_as_they_were()
    {
        var article = new Article
        {
            Source = "test",
            Title = "بارسا برد",
            Entities = [new EntityMention("ارسا", "ORG", "title", 1, 5, "org:ارسا", "ارسا")],
        };

        Assert.Null(StoredMentions.AsLinkedNow(article));
    }
}
