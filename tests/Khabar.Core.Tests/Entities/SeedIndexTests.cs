using Khabar.Entities.Linking;
using Khabar.Entities.Ner;

namespace Khabar.Core.Tests.Entities;

/// <summary>A name that two seeds of different types share goes to the one of the mention's type.</summary>
public sealed class SeedIndexTests
{
    private static readonly SeedIndex Seeds = new(SeedEntities.ForLinking(NerModelStore.Default.Seeds));

    [Theory]
    [InlineData("فارس", EntityTypes.Organisation, "agency:fars")]
    [InlineData("خبرگزاری فارس", EntityTypes.Organisation, "agency:fars")]
    [InlineData("مهر", EntityTypes.Organisation, "agency:mehr")]
    [InlineData("ایران", EntityTypes.Organisation, "country:ir")]
    public void An_organisation_takes_the_organisation_seed_of_its_name(string name, string type, string id) =>
        Assert.Equal(id, Seeds.Find(name, type)?.Id);

    [Fact]
    public void A_place_keeps_the_place_seed_of_a_shared_name()
    {
        var province = Seeds.Find("فارس", EntityTypes.Location);
        Assert.NotNull(province);
        Assert.Equal(EntityTypes.Location, province.Type);
        Assert.NotEqual("agency:fars", province.Id);
    }
}
