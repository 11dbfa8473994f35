using Khabar.Persian.Normalization;
using Khabar.Testing;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>The founding sample: a Borna News page that lost every half-space gets them all back.</summary>
public sealed class BornaSampleTests
{
    private static readonly string[] Restored =
    [
        "بین‌الملل", "بیانیه‌ای", "نسل‌کشی", "بی‌سابقه", "اسطوره‌ای", "تلاش‌های", "کمک‌ها", "شیوه‌های", "عرصه‌ها",
        "هیئت‌های", "عملیات‌های", "جبهه‌های", "حمایت‌های", "صهیونیست‌ها", "همبستگی‌های", "ملت‌های", "تظاهرات‌های",
        "می‌برد", "تازه‌ترین", "کرده‌اند", "واقعیت‌هایی", "راه‌های", "حمایت‌ها",
    ];

    private static readonly string[] Unchanged = ["سیاسی و میدانی", "عرصه‌ها و میادین", " هیئتی از ", " هیئتی مشابه "];

    [SkippableFact]
    public void EveryLostHalfSpaceComesBackLineByLine()
    {
        var output = NormalizeLines(File.ReadAllText(Repo.Shared("fixtures", "seed", "borna-2076019.txt")));
        AssertRepaired(output);
    }

    [SkippableFact]
    public void EveryLostHalfSpaceComesBackAsOneDocument()
    {
        var output = PersianNormalizer.Default.Normalize(File.ReadAllText(Repo.Shared("fixtures", "seed", "borna-2076019.txt")));
        AssertRepaired(output);
    }

    [SkippableFact]
    public void TheRepairedPageIsStable()
    {
        var once = PersianNormalizer.Default.Normalize(File.ReadAllText(Repo.Shared("fixtures", "seed", "borna-2076019.txt")));
        Assert.Equal(once, PersianNormalizer.Default.Normalize(once));
        Assert.Equal(once, NormalizeLines(once));
    }

    private static void AssertRepaired(string output)
    {
        var words = output.Split([' ', '\n', '،', '.', ':'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.All(Restored, w => Assert.Contains(w, words));
        Assert.All(Unchanged, phrase => Assert.Contains(phrase, output, StringComparison.Ordinal));
        Assert.DoesNotContain("میادین\u200C", output, StringComparison.Ordinal);
        Assert.DoesNotContain("هیئت\u200Cی", output, StringComparison.Ordinal);
        Assert.DoesNotContain("می\u200Cدانی", output, StringComparison.Ordinal);
    }

    private static string NormalizeLines(string text) =>
        string.Join('\n', text.Split('\n').Select(PersianNormalizer.Default.Normalize));
}
