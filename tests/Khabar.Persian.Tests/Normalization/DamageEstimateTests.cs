using Khabar.Persian.Normalization;
using Khabar.Testing;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>How a text without half-spaces lost them: turned into spaces, deleted, or (rarely) both.</summary>
public sealed class DamageEstimateTests
{
    private const string Spaced = "وزارت امور خارجه اعلام کرد که تحریم ها برداشته می شود و دانشجویان دانشگاه ها به نتیجه رسیده اند";
    private const string Glued = "وزارت امور خارجه اعلام کرد که تحریمها برداشته میشود و دانشجویان دانشگاهها به نتیجه رسیدهاند";

    [Fact]
    public void HalfSpacesTurnedIntoSpacesAreJudgedSo()
    {
        var damage = Judge(Spaced);
        Assert.True(damage.Clean < 0.05, $"clean {damage.Clean}");
        Assert.True(damage.SpacedShare > 0.9, $"spaced share {damage.SpacedShare}");
    }

    [Fact]
    public void DeletedHalfSpacesAreJudgedSo()
    {
        var damage = Judge(Glued);
        Assert.True(damage.Clean < 0.05, $"clean {damage.Clean}");
        Assert.True(damage.SpacedShare < 0.1, $"spaced share {damage.SpacedShare}");
    }

    [Fact]
    public void TextWithNothingToRepairStaysUndecided()
    {
        var damage = Judge("به هر حال ما در انتظار تشکیل مجلس ششم هستیم.");
        Assert.InRange(damage.Clean, 0.4, 0.6);
    }

    [SkippableFact]
    public void TheFoundingSampleLostMostHalfSpacesByDeletionButNotAll()
    {
        var damage = Judge(File.ReadAllText(Repo.Shared("fixtures", "seed", "borna-2076019.txt")));
        Assert.True(damage.Clean < 0.01, $"clean {damage.Clean}");
        Assert.InRange(damage.SpacedShare, 0.01, 0.2);
    }

    private static Damage Judge(string text) =>
        new HalfSpaceRepair(HalfSpaceLexicon.Default, HalfSpaceTuning.Default).Judge(text);
}
