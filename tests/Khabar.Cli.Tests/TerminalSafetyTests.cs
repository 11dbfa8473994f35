namespace Khabar.Cli.Tests;

/// <summary>
/// Article text printed for people never carries control characters: an archive kept raw (no normalization) with
/// escape sequences, a bell and a carriage return in its fields prints them as U+FFFD in search, stories and stats.
/// </summary>
public sealed class TerminalSafetyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("khabar-terminal-").FullName;

    [Fact]
    public void Escape_sequences_bells_and_carriage_returns_in_articles_are_not_printed()
    {
        var records = Path.Combine(folder, "hostile.jsonl");
        File.WriteAllText(records, string.Join('\n',
            """{"title":"خبر \u001b]0;pwned\u0007 ویژه \u001b[2J پایان","body":"متن خبر درباره بودجه \u001b[31m قرمز است.\rجعلی","newsCode":"5","link":"https://www.isna.ir/news/5","date":"2024-03-01T10:00:00+03:30"}""",
            """{"title":"خبر \u001b]0;pwned\u0007 ویژه \u001b[2J پایان","body":"متن خبر درباره بودجه \u001b[31m قرمز است.\rجعلی و دیگر","newsCode":"6","link":"https://www.irna.ir/news/6","date":"2024-03-01T11:00:00+03:30"}""") + "\n");
        var archive = Path.Combine(folder, "archive");

        var ingest = Cli.Run("ingest", "--raw", "--archive", archive, records);
        var search = Cli.Run("search", "--archive", archive, "--facets", "agency", "بودجه");
        var stories = Cli.Run("stories", "--archive", archive);
        var stats = Cli.Run("stats", "--archive", archive);

        Assert.Equal(0, ingest.Exit);
        foreach (var printed in new[] { search, stories, stats })
        {
            Assert.Equal(0, printed.Exit);
            Assert.DoesNotContain(printed.Out, c => char.IsControl(c) && c != '\n');
        }

        Assert.Contains("خبر \uFFFD]0;pwned\uFFFD ویژه \uFFFD[2J پایان", search.Out, StringComparison.Ordinal);
        Assert.Contains("\uFFFD[31m", search.Out, StringComparison.Ordinal);
        Assert.Contains("\uFFFD]0;pwned", stories.Out, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
