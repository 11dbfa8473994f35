using System.Text.Json;
using Khabar.Testing;

namespace Khabar.Cli.Tests;

public sealed class ExtractCommandTests
{
    private static readonly string Seed = Repo.File("samples", "borna-2076019.txt");

    [Fact]
    public void Extract_prints_one_JSON_line_with_every_field_in_camelCase()
    {
        var (exit, output, error) = Cli.Run("extract", Seed);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.TrimEnd('\n').Split('\n');
        var article = Assert.Single(lines);
        using var json = JsonDocument.Parse(article);
        var root = json.RootElement;
        string[] fields = ["title", "kicker", "lead", "paragraphs", "published", "publishedText", "newsId", "agency",
            "desk", "tags", "language", "url", "source"];
        Assert.All(fields, f => Assert.True(root.TryGetProperty(f, out _), f));
        Assert.Equal("2024-03-30T11:00:01+03:30", root.GetProperty("published").GetString());
        Assert.Equal("2076019", root.GetProperty("newsId").GetString());
        Assert.Equal("بین\u200Cالملل", root.GetProperty("desk").GetString());
        Assert.Equal(9, root.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("kicker").ValueKind);
        Assert.Contains("دیدار مقامات", article, StringComparison.Ordinal);
    }

    [Fact]
    public void Pretty_output_is_indented_JSON()
    {
        var (exit, output, _) = Cli.Run("extract", "--pretty", Seed);

        Assert.Equal(0, exit);
        Assert.Contains("\n  \"title\": ", output, StringComparison.Ordinal);
        Assert.Equal("2076019", JsonDocument.Parse(output).RootElement.GetProperty("newsId").GetString());
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var (exit, output, _) = Cli.RunWithInput(File.ReadAllText(Seed), "extract", "-");

        Assert.Equal(0, exit);
        Assert.Equal("-", JsonDocument.Parse(output).RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public void Ninjs_format_gives_headline_body_source_and_dates()
    {
        var (exit, output, _) = Cli.Run("extract", "--format", "ninjs", Seed);

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("text", root.GetProperty("type").GetString());
        Assert.Equal("fa", root.GetProperty("language").GetString());
        Assert.Equal("2024-03-30T11:00:01+03:30", root.GetProperty("versioncreated").GetString());
        Assert.Equal("urn:khabar:borna:2076019", root.GetProperty("uri").GetString());
        var headline = root.GetProperty("headlines")[0];
        Assert.Equal("main", headline.GetProperty("role").GetString());
        Assert.Equal("دیدار مقامات ارشد حماس و جهاد اسلامی در تهران", headline.GetProperty("value").GetString());
        Assert.StartsWith("براساس", root.GetProperty("descriptions")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
        var body = root.GetProperty("bodies")[0];
        Assert.Equal(9, body.GetProperty("value").GetString()!.Split("\n\n").Length);
        Assert.True(body.GetProperty("wordcount").GetInt32() > 300);
        Assert.Equal("برنا", root.GetProperty("infosources")[0].GetProperty("name").GetString());
        Assert.Equal("2076019", root.GetProperty("altids")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void A_bad_input_prints_one_error_line_naming_it_and_the_others_are_still_extracted()
    {
        var folder = Directory.CreateTempSubdirectory("khabar-cli-").FullName;
        try
        {
            var empty = Path.Combine(folder, "a-empty.txt");
            var binary = Path.Combine(folder, "b-binary.txt");
            File.WriteAllBytes(empty, []);
            File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]);
            File.Copy(Seed, Path.Combine(folder, "c-seed.txt"));

            var (exit, output, error) = Cli.Run("extract", folder, Path.Combine(folder, "missing.txt"));

            Assert.Equal(1, exit);
            Assert.Single(output.TrimEnd('\n').Split('\n'));
            var errors = error.TrimEnd('\n').Split('\n');
            Assert.Equal(3, errors.Length);
            Assert.Contains(errors, e => e.Contains(empty, StringComparison.Ordinal) && e.Contains("empty", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Contains(binary, StringComparison.Ordinal) && e.Contains("binary", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Contains("missing.txt", StringComparison.Ordinal) && e.Contains("no such file", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var (exit, _, error) = Cli.Run("extract", "--format", "xml", Seed);

        Assert.NotEqual(0, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }
}
