using Khabar.Entities;
using Khabar.Entities.Learning;
using Khabar.Entities.Linking;
using Khabar.Entities.Ner;
using Khabar.Model;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

public sealed class EntityStageTests
{
    private static readonly EntityStage Stage = new(ShippedModel.Get());

    [SkippableFact]
    public void The_founding_sample_names_every_entity_with_its_type_and_both_people_with_their_roles()
    {
        var article = Extract.File(Repo.Shared("fixtures", "seed", "borna-2076019.txt"));
        var mentions = Stage.Find(article);
        var entities = ArticleEntity.Group(mentions);

        var haniyeh = Assert.Single(entities, e => e.Name == "اسماعیل هنیه");
        Assert.Equal("PER", haniyeh.Type);
        Assert.Contains("هنیه", haniyeh.Aliases);
        Assert.Contains("رئیس دفتر سیاسی حماس", haniyeh.Roles);
        var nakhalah = Assert.Single(entities, e => e.Name == "زیاد النخاله");
        Assert.Equal("PER", nakhalah.Type);
        Assert.Contains("دبیرکل جهاد اسلامی", nakhalah.Roles);
        Assert.DoesNotContain(mentions, m => m.Text.Contains(" با ", StringComparison.Ordinal));
        Assert.All(mentions.Where(m => m.Text.Contains("جهاد اسلامی", StringComparison.Ordinal)), m => Assert.Equal("org:pij", m.CanonicalId));

        Assert.Equal("ORG", Assert.Single(entities, e => e.Id == "org:hamas").Type);
        Assert.Equal("ORG", Assert.Single(entities, e => e.Id == "org:pij").Type);
        foreach (var place in new[] { "تهران", "غزه", "یمن", "عراق", "اردن" })
        {
            Assert.Contains(entities, e => e.Name == place && e.Type == "LOC");
        }

        Assert.Contains(mentions, m => m.Type == "LOC" && m.Text.Contains("لبنان"));
    }

    [Fact]
    public void Offsets_point_at_the_mention_in_its_field()
    {
        var article = new Article
        {
            Source = "test",
            Title = "دیدار وزیر امور خارجه ایران با همتای ترکیه در آنکارا",
            Paragraphs = ["به گزارش خبرگزاری ایرنا، محمد جواد ظریف وزیر امور خارجه امروز در آنکارا با مولود چاووش‌اوغلو دیدار کرد."],
        };
        var mentions = Stage.Find(article);
        Assert.NotEmpty(mentions);
        foreach (var m in mentions)
        {
            var text = m.Field == "title" ? article.Title : article.Paragraphs[int.Parse(m.Field["paragraphs[".Length..^1])];
            Assert.Equal(m.Text, text[m.Start..m.End]);
        }

        Assert.Contains(mentions, m => m.CanonicalId == "place:ankara");
    }

    [Fact]
    public void No_name_runs_on_past_the_bar_between_the_two_parts_of_a_title()
    {
        // Hamshahri's titles put a bar between a headline and a second one.
        var article = new Article
        {
            Source = "test",
            Title = "جزئیات پرداخت کارت هدیه و تسهیلات قرض‌الحسنه بنیاد مستضعفان | اجاره اردیبهشت املاک تجاری بخشیده شد",
            Lead = "رئیس بنیاد مستضعفان از بخشش اجاره اردیبهشت املاک تجاری خبر داد.",
        };
        var mentions = Stage.Find(article);
        Assert.True(mentions.Any(m => m.Field == "title" && m.Text == "بنیاد مستضعفان"), string.Join(" / ", mentions.Select(m => $"{m.Field} {m.Text} {m.Type}")));
        Assert.DoesNotContain(mentions, m => m.Text.Contains('|') || m.CanonicalName.Contains('|'));
    }

    [Fact]
    public void Names_take_in_no_quote_mark_or_spaced_dash_at_their_edges_but_keep_a_closed_bracket()
    {
        // From an ILNA article and a Hamshahri title, as scraped.
        var article = new Article
        {
            Source = "test",
            Title = "همشهری آوا - پادکست عصرانه با خبر | ۲۹ فروردین ۹۹؛ ایران و جهان از نگاه همشهری",
            Paragraphs =
            [
                "به گزارش ایلنا به نقل از «اورشلیم پست»، «بنیامین نتانیاهو» نخست وزیر اسرائیل به دلیل ماراتن رای‌گیری‌های تابستان قبل از تعطیلات، دائما در کنست (پارلمان رژیم صهیونیستی) حاضر می‌شود.",
                "امام خمینی (ره) در سال ۱۳۵۷ به ایران بازگشت.",
            ],
        };
        var mentions = Stage.Find(article);
        var summary = string.Join(" / ", mentions.Select(m => $"{m.Field} {m.Text} {m.Type}"));
        Assert.True(mentions.Any(m => m.Text == "اورشلیم پست"), summary);
        Assert.True(mentions.Any(m => m.Text == "بنیامین نتانیاهو" && m.Type == "PER"), summary);
        Assert.DoesNotContain(mentions, m => m.Text.Contains(" - ") || m.Text.StartsWith('«') || m.Text.EndsWith('»'));
        Assert.True(mentions.Any(m => m.Text.StartsWith("امام خمینی", StringComparison.Ordinal)), summary);
        Assert.DoesNotContain(mentions, m => m.Text.Count(c => c == '(') != m.Text.Count(c => c == ')'));
    }

    [Theory]
    [InlineData("« اورشلیم پست » گفت", 0, 4, 1, 3)]
    [InlineData("امام خمینی ( ره ) گفت", 0, 5, 0, 5)]
    [InlineData("امام خمینی ( ره ) گفت", 0, 3, 0, 2)]
    [InlineData("( صمت ) گفت", 0, 3, 1, 2)]
    [InlineData("، ایران .", 0, 3, 1, 2)]
    [InlineData("\" ناسا", 0, 2, 1, 2)]
    [InlineData("« »", 0, 2, 1, 1)]
    [InlineData("وزارت صنعت ، معدن و تجارت", 0, 6, 0, 6)]
    public void A_span_loses_the_marks_at_its_edges_but_not_a_bracket_it_closes(string text, int start, int end, int trimmedStart, int trimmedEnd)
    {
        var trimmed = FieldMentions.Trim(text.Split(' '), new TagSpan("ORG", start, end));
        Assert.Equal((trimmedStart, trimmedEnd), (trimmed.Start, trimmed.End));
    }

    [Theory]
    [InlineData("وزیر امور خارجه آمریکا خواستار پاسخگویی ایران در خصوص پرتاب ماهواره نور به مدار شد.", "وزارت امور خارجه آمریکا")]
    [InlineData("رئیس جمهور به وزیر نفت دستور داده که باتوجه به شرایط فعلی بازار نفت به روند پیشبرد برنامه‌ها شتاب دهد.", "وزارت نفت")]
    [InlineData("وزیر تعاون، کار و رفاه اجتماعی گفت: رقم حداقل مزد کارگران برای امسال مطلوب نبود، اما معقول بود.", "وزارت تعاون، کار و رفاه اجتماعی")]
    [InlineData("وزیر امور خارجه آمریکا در پی پرتاب موفقیت‌آمیز ماهواره نور ادعاهایی را درباره برنامه فضایی ایران مطرح کرد.", "وزارت امور خارجه آمریکا")]
    public void An_organisation_named_after_its_minister_is_the_ministry(string sentence, string ministry)
    {
        var mentions = Stage.Find(new Article { Source = "test", Paragraphs = [sentence] });
        var summary = string.Join(" / ", mentions.Select(m => $"{m.Text} {m.Type} {m.CanonicalId}"));
        Assert.True(mentions.Any(m => m.Type == "ORG" && m.CanonicalName == ministry && !m.Text.StartsWith("وزارت", StringComparison.Ordinal)), summary);
        Assert.DoesNotContain(mentions, m => m.Type == "ORG" && !m.CanonicalName.StartsWith("وزارت", StringComparison.Ordinal) && ministry.EndsWith(m.CanonicalName, StringComparison.Ordinal));

        // The archive counts the ministry as written: linking the article afresh keeps it, and the article teaches it.
        Assert.Equal(mentions, ArchiveLinker.Unlink(mentions));
        var id = Assert.Single(mentions, m => m.CanonicalName == ministry).CanonicalId;
        Assert.Contains(TaughtEntity.Of(mentions), t => t.Id == id);
    }

    [Theory]
    [InlineData("وزیر نفت گفت", 1, 2, "وزارت نفت")]
    [InlineData("وزیر امور خارجه آمریکا گفت", 1, 4, "وزارت امور خارجه آمریکا")]
    [InlineData("وزیر امور خارجه آمریکا گفت", 2, 4, "وزارت امور خارجه آمریکا")]
    [InlineData("وزیر جوان دولت گفت", 1, 2, "جوان")]
    [InlineData("وزیر اسبق بهداشت گفت", 1, 3, "اسبق بهداشت")]
    [InlineData("وزارت نفت گفت", 0, 2, "وزارت نفت")]
    [InlineData("مدیر نفت گفت", 1, 2, "نفت")]
    public void Only_the_organisation_right_after_a_minister_is_read_as_the_ministry(string text, int start, int end, string name)
    {
        var tokens = Khabar.Entities.Ner.NerTokenizer.Tokenize(text);
        var keys = tokens.Select(t => TokenText.Key(t.Text)).ToList();
        var span = new TagSpan("ORG", start, end);
        var field = new FieldMentions("lead", text, tokens, keys, [span]);
        var written = field.TextOf(start, end);
        var read = Canonicalizer.Ministry(field, span, ("ORG", keys.Skip(start).Take(end - start).ToArray(), written, written));
        Assert.Equal(name, read.Name);
        Assert.Equal(written, read.Text);
    }

    [Theory]
    [InlineData("پنتاگون: موشک اخیر ایران مسیر خیلی طولانی را پیمود", "org:pentagon")]
    [InlineData("آنکتاد: یک تریلیون دلار بدهی کشورهای در حال توسعه باید بخشیده شود", "org:unctad")]
    [InlineData("طبق آمار گمرکی آمریکا، شرکت‌های والرو و اکسون موبیل بزرگترین خریداران نفت و فرآورده‌های نفتی روسیه در سال میلادی گذشته بودند.", "org:exxonmobil")]
    [InlineData("دیلی میل: دموکرات‌ها دنبال احضار مترجم ترامپ در نشست هلسینکی هستند", "agency:daily-mail")]
    [InlineData("مارکا: تیم ایران بنا به دلایلی نامعلوم از مکزیک شکست خورد", "org:marca")]
    [InlineData("به گزارش ایسنا به نقل از ورایتی، «ایناریتو» که با فیلم‌های «بردمن» و «بازگشته» برنده جایزه اسکار شده است، اولین کارگردان مکزیکی خواهد بود که در رأس هیأت داوران بخش رقابتی جشنواره فیلم کن قرار می‌گیرد.", "org:variety")]
    public void An_organisation_the_tagger_takes_for_a_person_is_its_seed(string sentence, string id)
    {
        // Titles of Hamshahri, Tabnak, AsrIran and Fars articles and an ISNA lead where the shipped tagger reads a person.
        var mentions = Stage.Find(new Article { Source = "test", Title = sentence });
        var summary = string.Join(" / ", mentions.Select(m => $"{m.Text} {m.Type} {m.CanonicalId}"));
        Assert.True(mentions.Any(m => m.CanonicalId == id && m.Type == "ORG"), summary);
    }
}
