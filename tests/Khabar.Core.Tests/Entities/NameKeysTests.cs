using Khabar.Entities;
using Khabar.Entities.Learning;
using Khabar.Entities.Linking;
using Khabar.Entities.Ner;
using Khabar.Model;

namespace Khabar.Core.Tests.Entities;

/// <summary>An entity's id follows its name's letters as news writes them, not the spacing or a closing honorific.</summary>
public sealed class NameKeysTests
{
    [Theory]
    [InlineData("کارلوس کی روش", "کارلوس کی‌روش")]
    [InlineData("صندوق بین المللی پول", "صندوق بین‌المللی پول")]
    [InlineData("امام خمینی (ره)", "امام خمینی")]
    [InlineData("امام حسین (ع)", "امام حسین")]
    [InlineData("آیت الله رئیسی", "رئیسی")]
    [InlineData("حجت‌الاسلام والمسلمین حسن روحانی", "حسن روحانی")]
    [InlineData("حضرت آیت‌الله خامنه‌ای", "خامنه‌ای")]
    [InlineData("دکتر محمد مخبر", "محمد مخبر")]
    [InlineData("محمد جواد ظریف", "محمدجواد ظریف")]
    [InlineData("محمد جواد ظریف", "محمد‌جواد ظریف")]
    [InlineData("علی اکبر ولایتی", "علی‌اکبر ولایتی")]
    [InlineData("روح الله زم", "روح‌الله زم")]
    [InlineData("امیر حسین فتحی", "امیرحسین فتحی")]
    [InlineData("سید ابراهیم رئیسی", "ابراهیم رئیسی")]
    [InlineData("سیدابراهیم رئیسی", "ابراهیم رئیسی")]
    [InlineData("سید عباس صالحی", "سیدعباس صالحی")]
    [InlineData("حجت‌الاسلام والمسلمین سید حسن روحانی", "حسن روحانی")]
    public void Two_writings_of_one_name_have_one_id(string one, string other) =>
        Assert.Equal(TaughtEntity.WouldBe(one, EntityTypes.Person), TaughtEntity.WouldBe(other, EntityTypes.Person));

    [Theory]
    [InlineData("ذوب‌آهن", "ذوب آهن", "org:ذوبآهن")]
    [InlineData("راه‌آهن", "راه آهن", "org:راه_آهن")]
    [InlineData("تک‌تایمز", "تک تایمز", "org:تکتایمز")]
    [InlineData("وزارت خزانه‌داری آمریکا", "وزارت خزانه داری آمریکا", "org:وزارت_خزانهداری_آمریکا")]
    [InlineData("ساینس‌دیلی", "ساینس دیلی", "org:ساینسدیلی")]
    [InlineData("دانشگاه «هاروارد»", "دانشگاه هاروارد", "org:دانشگاه_هاروارد")]
    [InlineData("شرکت \"اسپیس ایکس\"", "شرکت اسپیس ایکس", "org:شرکت_اسپیسایکس")]
    public void An_organisation_has_one_id_however_the_article_spaced_or_quoted_it(string one, string other, string id)
    {
        Assert.Equal(id, TaughtEntity.WouldBe(one, EntityTypes.Organisation));
        Assert.Equal(id, TaughtEntity.WouldBe(other, EntityTypes.Organisation));
    }

    [Theory]
    [InlineData("تیم فوتبال سایپا", "سایپا")]
    [InlineData("باشگاه سایپا", "سایپا")]
    [InlineData("تیم سایپا", "باشگاه فوتبال سایپا")]
    [InlineData("باشگاه رئال مادرید", "رئال مادرید")]
    [InlineData("تیم فوتبال ذوب آهن", "ذوب‌آهن")]
    [InlineData("تیم ملی فوتبال کشورمان", "تیم ملی فوتبال ایران")]
    public void A_club_is_one_organisation_with_or_without_the_word_team_or_club(string one, string other) =>
        Assert.Equal(TaughtEntity.WouldBe(one, EntityTypes.Organisation), TaughtEntity.WouldBe(other, EntityTypes.Organisation));

    [Fact]
    public void A_name_key_is_the_taggers_key_but_for_digits_and_a_hamza_after_alef()
    {
        var random = new Random(1405);
        for (var round = 0; round < 2000; round++)
        {
            var token = RandomText.Persian(random, 8);
            var key = TokenText.NameKey(token);
            var tagger = TokenText.Key(token);
            Assert.Equal(tagger.Replace("\u0627\u0621", "\u0627", StringComparison.Ordinal), new string([.. key.Select(c => c is >= '0' and <= '9' ? '0' : c)]));
        }
    }

    [Theory]
    [InlineData("منطقه ۲۲ تهران", "منطقه ۱۲ تهران", EntityTypes.Location)]
    [InlineData("کمیسیون اصل ۹۰ مجلس", "کمیسیون اصل ۴۴ مجلس", EntityTypes.Organisation)]
    [InlineData("سال ۲۰۱۹", "سال ۱۳۹۷", "DAT")]
    public void Names_that_differ_in_a_number_are_two(string one, string other, string type) =>
        Assert.NotEqual(TaughtEntity.WouldBe(one, type), TaughtEntity.WouldBe(other, type));

    [Theory]
    [InlineData("منطقه ۲۲ تهران", "منطقه 22 تهران", EntityTypes.Location, "loc:منطقه_22_تهران")]
    [InlineData("سال ٢٠١٩", "سال 2019", "DAT", "dat:سال_2019")]
    [InlineData("علاءالدین بروجردی", "علاالدین بروجردی", EntityTypes.Person, "per:علاالدین_بروجردی")]
    [InlineData("ضیاء هاشمی", "ضیا هاشمی", EntityTypes.Person, "per:ضیا_هاشمی")]
    public void A_number_is_one_in_any_digits_and_a_hamza_after_alef_is_optional(string one, string other, string type, string id)
    {
        Assert.Equal(id, TaughtEntity.WouldBe(one, type));
        Assert.Equal(id, TaughtEntity.WouldBe(other, type));
    }

    [Theory]
    [InlineData("تیم ملی فوتبال ایران", EntityTypes.Organisation, "org:تیم_ملی_فوتبال_ایران")]
    [InlineData("باشگاه", EntityTypes.Organisation, "org:باشگاه")]
    [InlineData("تیم فوتبال", EntityTypes.Organisation, "org:تیم_فوتبال")]
    [InlineData("تیم سایپا", EntityTypes.Location, "loc:تیم_سایپا")]
    public void A_national_team_a_head_alone_and_other_types_keep_the_head(string name, string type, string id) =>
        Assert.Equal(id, TaughtEntity.WouldBe(name, type));

    // Pairs from 14,158 ISNA, Fars, Varzesh3, Hamshahri, RadioFarda, AsrIran and Tabnak articles, where each writing
    // was an entity of its own.
    [Theory]
    [InlineData(EntityTypes.Person, "ابراهیم داروغه زاده", "ابراهیم داروغه‌زاده")]
    [InlineData(EntityTypes.Person, "میلاد عبادی‌پور", "میلاد عبادی پور")]
    [InlineData(EntityTypes.Person, "مسعود سلطانی فر", "مسعود سلطانی‌فر")]
    [InlineData(EntityTypes.Person, "شهرام گیل آبادی", "شهرام گیل‌آبادی")]
    [InlineData(EntityTypes.Person, "رضا قوچان‌نژاد", "رضا قوچان نژاد")]
    [InlineData(EntityTypes.Person, "محمدجواد آذری جهرمی", "محمدجواد آذری‌جهرمی")]
    [InlineData(EntityTypes.Location, "لس‌آنجلس", "لس آنجلس")]
    [InlineData(EntityTypes.Location, "اسلام‌آباد", "اسلام آباد")]
    [InlineData(EntityTypes.Location, "تل‌آویو", "تل آویو")]
    [InlineData(EntityTypes.Location, "تنگه جبل‌الطارق", "تنگه جبل الطارق")]
    public void A_surname_or_a_place_is_one_however_the_article_spaced_it(string type, string one, string other) =>
        Assert.Equal(TaughtEntity.WouldBe(one, type), TaughtEntity.WouldBe(other, type));

    [Theory]
    [InlineData("علی محمدی", "علیمحمدی")]
    [InlineData("محمدجواد آذری جهرمی", "محمدجوادآذری جهرمی")]
    [InlineData("سیدی", "ی")]
    [InlineData("فرشاد سیدزاده", "فرشاد زاده")]
    public void A_given_name_and_the_next_word_stay_apart_in_two_word_names_and_where_news_never_joins_them(string name, string glued) =>
        Assert.NotEqual(TaughtEntity.WouldBe(glued, EntityTypes.Person), TaughtEntity.WouldBe(name, EntityTypes.Person));

    [Fact]
    public void Hazrat_is_a_title_only_before_another()
    {
        Assert.NotEqual(TaughtEntity.WouldBe("حضرت علی", EntityTypes.Person), TaughtEntity.WouldBe("علی", EntityTypes.Person));
        Assert.Equal(3, NameKeys.TitleTokens(["حضرت", "آیت", "الله", "خامنه‌ای"]));
        Assert.Equal(2, NameKeys.TitleTokens(["حجت", "الاسلام"]));
        Assert.Equal(0, NameKeys.TitleTokens(["حسن", "روحانی"]));
    }

    [Fact]
    public void Titles_count_only_for_people() =>
        Assert.Equal("org:دکتر_سلام", TaughtEntity.WouldBe("دکتر سلام", EntityTypes.Organisation));

    [Theory]
    [InlineData("حجت‌الاسلام", EntityTypes.Person, null, null)]
    [InlineData("گوگل", EntityTypes.Person, EntityTypes.Organisation, "org:google")]
    [InlineData("نوکیا", EntityTypes.Person, EntityTypes.Organisation, "org:nokia")]
    [InlineData("برنت", EntityTypes.Location, EntityTypes.Product, "pro:brent")]
    [InlineData("داو جونز", EntityTypes.Person, EntityTypes.Product, "pro:dow-jones")]
    [InlineData("بیت کوین", EntityTypes.Organisation, EntityTypes.Product, "pro:bitcoin")]
    [InlineData("ایران", EntityTypes.Organisation, EntityTypes.Organisation, "country:ir")]
    [InlineData("آمازون", EntityTypes.Location, EntityTypes.Location, "loc:آمازون")]
    [InlineData("تسنیم", EntityTypes.Person, EntityTypes.Person, "per:تسنیم")]
    [InlineData("عصرایران", EntityTypes.Organisation, EntityTypes.Organisation, "agency:asriran")]
    [InlineData("عصر ایران", EntityTypes.Organisation, EntityTypes.Organisation, "agency:asriran")]
    [InlineData("تیم پرسپولیس", EntityTypes.Organisation, EntityTypes.Organisation, "org:persepolis")]
    [InlineData("تیم فوتبال پرسپولیس", EntityTypes.Organisation, EntityTypes.Organisation, "org:persepolis")]
    [InlineData("باشگاه فوتبال استقلال", EntityTypes.Organisation, EntityTypes.Organisation, "org:esteghlal")]
    [InlineData("وزارت امور خارجه کشورمان", EntityTypes.Organisation, EntityTypes.Organisation, "org:mfa-ir")]
    [InlineData("وزارت امورخارجه جمهوری اسلامی ایران", EntityTypes.Organisation, EntityTypes.Organisation, "org:mfa-ir")]
    [InlineData("هیئت جهاد اسلامی", EntityTypes.Organisation, EntityTypes.Organisation, "org:pij")]
    [InlineData("هیات فارس", EntityTypes.Organisation, EntityTypes.Organisation, "org:هیات_فارس")]
    [InlineData("استقلال تهران", EntityTypes.Organisation, EntityTypes.Organisation, "org:esteghlal")]
    [InlineData("استقلال خوزستان", EntityTypes.Organisation, EntityTypes.Organisation, "org:استقلال_خوزستان")]
    [InlineData("تیم فوتبال تراکتورسازی تبریز", EntityTypes.Organisation, EntityTypes.Organisation, "org:tractor")]
    [InlineData("بارسا", EntityTypes.Organisation, EntityTypes.Organisation, "org:barcelona")]
    [InlineData("بارسلونا", EntityTypes.Location, EntityTypes.Location, "loc:بارسلونا")]
    [InlineData("موندو دپورتیوو", EntityTypes.Person, EntityTypes.Organisation, "org:mundo-deportivo")]
    [InlineData("ورزش۳", EntityTypes.Organisation, EntityTypes.Organisation, "agency:varzesh3")]
    [InlineData("باشگاه ورزش۳", EntityTypes.Organisation, EntityTypes.Organisation, "agency:varzesh3")]
    public void A_tagged_name_is_linked_with_the_type_its_seed_gives(string name, string tagged, string? type, string? id)
    {
        var tokens = NerTokenizer.Tokenize(name);
        var field = new FieldMentions("lead", name, tokens, [.. tokens.Select(t => TokenText.Key(t.Text))], [new TagSpan(tagged, 0, tokens.Count)]);
        var mentions = new Canonicalizer(new SeedIndex(SeedEntities.BuiltIn)).Link([field]);

        Assert.Equal(type, mentions.SingleOrDefault()?.Type);
        Assert.Equal(id, mentions.SingleOrDefault()?.CanonicalId);
    }

    [Theory]
    [InlineData("امام خمینی", "خمینی", "per:khomeini")]
    [InlineData("امام خمینی", "امام", "per:khomeini")]
    [InlineData("سیدعلی خامنه‌ای", "آیت‌الله خامنه‌ای", "per:khamenei")]
    [InlineData("اسماعیل هنیه", "هنیه", "per:اسماعیل_هنیه")]
    public void In_one_article_a_short_name_takes_the_full_names_entity_even_when_that_is_a_seed(string full, string bare, string id)
    {
        var text = full + " گفت و " + bare + " رفت";
        var tokens = NerTokenizer.Tokenize(text);
        var n = NerTokenizer.Tokenize(full).Count;
        var m = NerTokenizer.Tokenize(bare).Count;
        var field = new FieldMentions("lead", text, tokens, [.. tokens.Select(t => TokenText.Key(t.Text))],
            [new TagSpan(EntityTypes.Person, 0, n), new TagSpan(EntityTypes.Person, n + 2, n + 2 + m)]);

        var mentions = new Canonicalizer(new SeedIndex(SeedEntities.BuiltIn)).Link([field]);

        Assert.Equal([id, id], mentions.Select(x => x.CanonicalId));
    }

    [Theory]
    [InlineData("محمد جواد ظریف", "per:محمدجواد_ظریف")]
    [InlineData("محمدجواد ظریف", "per:محمدجواد_ظریف")]
    [InlineData("سید عباس صالحی", "per:عباس_صالحی")]
    [InlineData("سیدعباس صالحی", "per:عباس_صالحی")]
    [InlineData("کارلوس کی روش", "per:کارلوس_کیروش")]
    public void An_article_links_a_person_with_the_id_the_archive_gives_the_name(string name, string id)
    {
        var tokens = NerTokenizer.Tokenize(name);
        var field = new FieldMentions("lead", name, tokens, [.. tokens.Select(t => TokenText.Key(t.Text))], [new TagSpan(EntityTypes.Person, 0, tokens.Count)]);
        var mention = Assert.Single(new Canonicalizer(new SeedIndex(SeedEntities.BuiltIn)).Link([field]));

        Assert.Equal(id, mention.CanonicalId);
        Assert.Equal(TaughtEntity.WouldBe(name, EntityTypes.Person), mention.CanonicalId);
    }

    [Fact]
    public void A_bracket_that_is_not_an_honorific_stays_in_the_name() =>
        Assert.NotEqual(TaughtEntity.WouldBe("حزب (جدید)", EntityTypes.Organisation), TaughtEntity.WouldBe("حزب", EntityTypes.Organisation));

    [Theory]
    [InlineData(new[] { "سعید", "محمدیفر" }, new[] { "محمدی", "فر" }, true)]
    [InlineData(new[] { "اسماعیل", "هنیه" }, new[] { "هنیه" }, true)]
    [InlineData(new[] { "اسماعیل", "هنیه" }, new[] { "اسماعیل", "هنیه" }, true)]
    [InlineData(new[] { "اسماعیل", "هنیه" }, new[] { "هنی" }, false)]
    [InlineData(new[] { "اسماعیل", "هنیه" }, new[] { "لهنیه" }, false)]
    [InlineData(new[] { "باشگاه", "ذوبآهن" }, new[] { "ذوب" }, false)]
    [InlineData(new[] { "باشگاه", "ذوبآهن" }, new string[0], false)]
    [InlineData(new string[0], new string[0], true)]
    public void A_name_contains_another_where_a_run_of_its_words_has_the_same_letters(string[] longer, string[] shorter, bool contains) =>
        Assert.Equal(contains, NameKeys.Contains(longer, shorter));

    [Fact]
    public void Containment_of_random_words_is_a_run_of_whole_words_with_the_same_letters()
    {
        var random = new Random(4127);
        string[] Words() => [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => new string("ابت"[random.Next(3)], random.Next(0, 3)))];
        for (var n = 0; n < 20_000; n++)
        {
            var (longer, shorter) = (Words(), Words());
            var letters = string.Concat(shorter);
            var expected = letters.Length == 0
                ? longer.All(k => k.Length == 0)
                : Enumerable.Range(0, longer.Length).Any(i => Enumerable.Range(i, longer.Length - i).Any(j => string.Concat(longer[i..(j + 1)]) == letters));
            Assert.True(expected == NameKeys.Contains(longer, shorter), $"[{string.Join(",", longer)}] [{string.Join(",", shorter)}]");
        }
    }

    [Fact]
    public void Keys_are_the_taggers_keys_of_the_words() =>
        Assert.Equal(["محمود", "احمدینژاد"], NameKeys.Of(["محمود", "احمدي", "نژاد"]));

    // News writes احمدی‌نژاد 100 times and احمدی نژاد 32, سلطانی فر 14 times and سلطانی‌فر 13.
    [Theory]
    [InlineData("محمود احمدی‌نژاد، رئیس‌جمهور پیشین ایران، روز شنبه در تهران سخنرانی کرد.",
        "احمدی نژاد در این سخنرانی گفت که دولت باید پاسخ دهد.", "احمدی نژاد", "محمود احمدی‌نژاد")]
    [InlineData("مسعود سلطانی‌فر، وزیر ورزش و جوانان، روز شنبه در تهران گفت که بودجه ورزش افزایش می‌یابد.",
        "سلطانی فر در ادامه گفت که فدراسیون‌ها باید گزارش دهند.", "سلطانی فر", "مسعود سلطانی‌فر")]
    public void In_one_article_a_surname_written_apart_joins_the_full_name(string first, string second, string bare, string full)
    {
        var article = new Article { Source = "test", Paragraphs = [first, second] };
        var people = new EntityStage().Find(article).Where(m => m.Type == EntityTypes.Person).ToList();

        Assert.Contains(people, m => m.Text == bare);
        Assert.All(people, m => Assert.Equal(TaughtEntity.WouldBe(full, EntityTypes.Person), m.CanonicalId));
    }
}
