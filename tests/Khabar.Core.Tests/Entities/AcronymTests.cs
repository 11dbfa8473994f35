using Khabar.Entities;
using Khabar.Entities.Linking;
using Khabar.Entities.Ner;
using Khabar.Model;

namespace Khabar.Core.Tests.Entities;

/// <summary>Short names an article defines in brackets after an organisation's full name link to it.</summary>
public sealed class AcronymTests
{
    private static readonly EntityStage Stage = new(ShippedModel.Get());

    [Fact]
    public void A_short_name_defined_in_brackets_links_every_later_mention_to_the_full_name()
    {
        // Sentences of ISNA articles (isna-5cat): the ministry defined with its short name, then written with it.
        var article = new Article
        {
            Source = "test",
            Paragraphs =
            [
                "معاون امور صنایع وزارت صنعت، معدن و تجارت (صمت)، جزئیات دستور کار این وزارتخانه برای حذف رانت از بازار خودرو و ساماندهی این بازار را تشریح کرد.",
                "وزارت صمت در بخش معدن به برنامه خود در تولید عمل خواهد کرد.",
            ],
        };

        var mentions = Stage.Find(article);

        var full = Assert.Single(mentions, m => m.Text.StartsWith("وزارت صنعت", StringComparison.Ordinal));
        var shortName = Assert.Single(mentions, m => m.Text == "صمت");
        Assert.Equal(full.CanonicalId, shortName.CanonicalId);
        Assert.Equal(full.CanonicalName, shortName.CanonicalName);
        Assert.Contains(mentions, m => m.Field == "paragraphs[1]" && m.Text.Contains("صمت") && m.CanonicalId == full.CanonicalId);
        var entity = Assert.Single(ArticleEntity.Group(mentions), e => e.Id == full.CanonicalId);
        Assert.Contains("صمت", entity.Aliases);
    }

    [Fact]
    public void A_short_name_that_is_a_known_entity_gives_the_full_name_its_id()
    {
        // ISNA (isna-5cat): «خبرگزاری دانشجویان ایران (ایسنا) درگذشت این بازیگر پیشکسوت را تسلیت می‌گوید».
        var article = new Article { Source = "test", Paragraphs = ["خبرگزاری دانشجویان ایران (ایسنا) درگذشت این بازیگر پیشکسوت را تسلیت می‌گوید."] };

        var mentions = Stage.Find(article);

        var isna = mentions.Where(m => m.Type == "ORG").ToList();
        Assert.True(isna.Count >= 2, string.Join(" | ", mentions.Select(m => $"{m.Text} {m.Type} {m.CanonicalId}")));
        Assert.Single(isna.Select(m => m.CanonicalId).Distinct());
        Assert.NotNull(isna[0].English);
    }

    [Theory]
    [InlineData("ستاد اجرایی فرمان امام (ره) اعلام کرد که کمک‌ها ادامه دارد.", "ره")]
    [InlineData("شرکت ملی نفت ایران (عراق) قرارداد تازه‌ای امضا کرد.", "عراق")]
    public void Honorifics_and_known_places_in_brackets_are_not_short_names(string paragraph, string bracketed)
    {
        var mentions = Stage.Find(new Article { Source = "test", Paragraphs = [paragraph] });

        Assert.DoesNotContain(mentions, m => m.Text == bracketed && m.Type == "ORG");
        var full = mentions.Where(m => m.Type == "ORG" && m.Text != bracketed).Select(m => m.CanonicalId).ToHashSet();
        Assert.DoesNotContain(mentions, m => m.Text == bracketed && full.Contains(m.CanonicalId));
    }

    [Theory]
    [InlineData("صمت", "وزارت صنعت معدن و تجارت", true)]
    [InlineData("ناجا", "نیروی انتظامی جمهوری اسلامی", true)]
    [InlineData("برجام", "برنامه جامع اقدام مشترک", true)]
    [InlineData("شستا", "شرکت سرمایه‌گذاری تأمین اجتماعی", true)]
    [InlineData("یکشنبه", "وزارت صنعت معدن و تجارت", false)]
    [InlineData("صنعت", "وزارت صنعت معدن و تجارت", false)]
    [InlineData("تهران", "دانشگاه علوم پزشکی شهید بهشتی", false)]
    public void An_abbreviation_takes_its_letters_in_order_from_two_words_or_more(string shortName, string full, bool expected) =>
        Assert.Equal(expected, Acronyms.Abbreviates(shortName, full.Split(' ').Select(TokenText.Key).ToList()));

    [Fact]
    public void Random_fields_with_brackets_never_throw_and_every_definition_points_inside_its_field()
    {
        var random = new Random(1403);
        var words = new[] { "(", ")", "وزارت", "صنعت", "صمت", "سازمان", "ملل", "،", "و", "ایران", "x", "۱۲", "", " " };
        var seeds = new SeedIndex(ShippedModel.Get().Seeds);
        for (var round = 0; round < 300; round++)
        {
            var fields = Enumerable.Range(0, random.Next(1, 4)).Select(f =>
            {
                var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 12)).Select(_ => words[random.Next(words.Length)]));
                var tokens = NerTokenizer.Tokenize(text);
                var tags = tokens.Select(_ => new[] { "B-ORG", "I-ORG", "O", "B-LOC" }[random.Next(4)]).ToList();
                return new FieldMentions($"p{f}", text, tokens, tokens.Select(t => TokenText.Key(t.Text)).ToList(), TagSpan.From(tags));
            }).ToList();

            foreach (var acronym in Acronyms.Find(fields, seeds))
            {
                var field = fields[acronym.Field];
                Assert.Equal("(", field.Tokens[acronym.Full.End].Text);
                Assert.Equal(acronym.Key, field.Keys[acronym.Token]);
            }

            var mentions = new Canonicalizer(seeds).Link(fields);
            Assert.All(mentions, m => Assert.False(string.IsNullOrEmpty(m.CanonicalId)));
        }
    }
}
