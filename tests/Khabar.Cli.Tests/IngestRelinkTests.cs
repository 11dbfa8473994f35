using System.Text.Json;

namespace Khabar.Cli.Tests;

/// <summary><c>ingest</c> links stored articles again with what the run learned, and <c>--no-relink</c> leaves them.</summary>
public sealed class IngestRelinkTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("khabar-relink-").FullName;

    private static string Record(int code, string title, string body) => JsonSerializer.Serialize(new
    {
        title, body, newsCode = code.ToString(System.Globalization.CultureInfo.InvariantCulture),
        link = $"https://www.isna.ir/news/{code}", date = "1403/02/1" + code,
    });

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void The_ingest_that_brings_a_full_name_links_an_article_stored_before_it_unless_told_not_to()
    {
        var bare = Write("bare.jsonl", Record(1, "ادامه مذاکرات آتش‌بس", "هنیه در دیدار با هیئت مصری گفت که مذاکرات آتش‌بس ادامه دارد و هیئت جنبش فردا به قاهره می‌رود."));
        var full = Write("full.jsonl",
            Record(2, "دیدار هنیه در دوحه", "اسماعیل هنیه، رئیس دفتر سیاسی جنبش حماس، امروز در دوحه با وزیر امور خارجه قطر دیدار و گفت‌وگو کرد."),
            Record(3, "هنیه در قاهره", "اسماعیل هنیه، رئیس دفتر سیاسی حماس، امروز در قاهره با هیئت مصری درباره آتش‌بس گفت‌وگو کرد."));
        string linked = Path.Combine(folder, "linked"), kept = Path.Combine(folder, "kept");

        Assert.Equal(0, Cli.Run("ingest", "--archive", linked, bare).Exit);
        var second = Cli.Run("ingest", "--archive", linked, full);
        Assert.Equal(0, Cli.Run("ingest", "--archive", kept, bare).Exit);
        var unlinked = Cli.Run("ingest", "--archive", kept, "--no-relink", full);

        Assert.Equal(0, second.Exit);
        Assert.Contains("archive holds 3 articles; 1 stored articles linked again with the names this run learned", second.Out, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"per:اسماعیل_هنیه\"", Cli.Run("show", "--archive", linked, "1").Out, StringComparison.Ordinal);
        Assert.Equal(0, unlinked.Exit);
        Assert.DoesNotContain("linked again", unlinked.Out, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"per:هنیه\"", Cli.Run("show", "--archive", kept, "1").Out, StringComparison.Ordinal);
        Assert.Contains("relinked 1 of 3 articles", Cli.Run("reindex", "--archive", kept).Out, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, true);
        }
        catch (IOException)
        {
        }
    }
}
