using Khabar.Testing;

namespace Khabar.Core.Tests.TextPages;

/// <summary>
/// The seed page with its opener and closer swapped for other agencies' (shared/docs/FACTS.md): the extractor
/// must read every agency's page of the same kind, not only Borna's.
/// </summary>
public sealed class AgencyVariantTests
{
    private const string SeedOpener = "به گزارش گروه بینالملل خبرگزاری برنا،";
    private static readonly string Seed = File.ReadAllText(Repo.File("samples", "borna-2076019.txt"));

    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Repo.File("tests", "Khabar.Core.Tests", "TextPages", "openers.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3], f[4]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Another_agency_page_gives_its_agency_desk_and_the_same_body(
        string opener, string closer, string agency, string agencyId, string desk)
    {
        var page = Seed.Replace(SeedOpener, opener).Replace("انتهای پیام/", closer == "-" ? "" : closer);

        var article = Extract.Article(page);

        Assert.Equal(agency, article.Agency);
        Assert.Equal(agencyId == "-" ? null : agencyId, article.AgencyId);
        Assert.Equal(desk == "-" ? null : desk, article.Desk);
        Assert.Equal(9, article.Paragraphs.Count);
        Assert.StartsWith("به گزارش", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("براساس", article.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("انتهای", Extract.AllText(article), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("انتهای پیام/")]
    [InlineData("انتهای پیام/ی")]
    [InlineData("انتهای پیام")]
    public void A_closer_at_the_end_of_the_last_paragraph_is_cut_and_ends_the_body(string closer)
    {
        var page = Seed.Replace("تاکید کردند.\n\nانتهای پیام/", "تاکید کردند. " + closer);

        var article = Extract.Article(page);

        Assert.Equal(9, article.Paragraphs.Count);
        Assert.EndsWith("تاکید کردند.", article.Paragraphs[^1], StringComparison.Ordinal);
    }
}
