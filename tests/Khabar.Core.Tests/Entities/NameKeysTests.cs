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
    public void Two_writings_of_one_name_have_one_id(string one, string other) =>
        Assert.Equal(TaughtEntity.WouldBe(one, EntityTypes.Person), TaughtEntity.WouldBe(other, EntityTypes.Person));

    [Fact]
    public void A_bracket_that_is_not_an_honorific_stays_in_the_name() =>
        Assert.NotEqual(TaughtEntity.WouldBe("حزب (جدید)", EntityTypes.Organisation), TaughtEntity.WouldBe("حزب", EntityTypes.Organisation));

    [Fact]
    public void Keys_are_the_taggers_keys_of_the_words() =>
        Assert.Equal(["محمود", "احمدینژاد"], NameKeys.Of(["محمود", "احمدي", "نژاد"]));

    [Fact]
    public void In_one_article_a_surname_written_apart_joins_the_full_name()
    {
        var article = new Article
        {
            Source = "test",
            Paragraphs =
            [
                "محمود احمدی‌نژاد، رئیس‌جمهور پیشین ایران، روز شنبه در تهران سخنرانی کرد.",
                "احمدی نژاد در این سخنرانی گفت که دولت باید پاسخ دهد.",
            ],
        };
        var people = new EntityStage().Find(article).Where(m => m.Type == EntityTypes.Person).ToList();

        Assert.Contains(people, m => m.Text == "احمدی نژاد");
        Assert.All(people.Where(m => m.Text.Contains("نژاد")), m => Assert.Equal("per:محمود_احمدینژاد", m.CanonicalId));
    }
}
