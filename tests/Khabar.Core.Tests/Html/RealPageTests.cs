using Khabar.Persian.Normalization;
using System.Net;
using System.Text.Json;
using Khabar.Extraction;
using Khabar.Model;
using Khabar.Testing;

namespace Khabar.Core.Tests.Html;

/// <summary>Real right-to-left news pages with gold dates, titles and must-include / must-exclude text.</summary>
public sealed class RealPageTests
{
    public static TheoryData<string> DatePages => ["arabic-albayan", "arabic-almadenahnews", "arabic-alyaum", "arabic-sputnik", "arabic-youm7"];

    private static (Article Article, JsonElement Gold) Read(string site)
    {
        var folder = Repo.Shared("data", "pages", site);
        var gold = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(folder, "1.gold*.json")[0])).RootElement;
        return (Extract.File(Path.Combine(folder, "1.html")), gold);
    }

    [SkippableTheory]
    [MemberData(nameof(DatePages))]
    public void The_gold_publication_date_is_found(string site)
    {
        var (article, gold) = Read(site);

        Assert.NotNull(article.Published);
        Assert.Equal(gold.GetProperty("date").GetString(), article.Published!.Value.ToString("yyyy-MM-dd"));
    }

    [SkippableFact]
    public void Assabah_keeps_the_interview_and_drops_the_sidebar()
    {
        var (article, gold) = Read("arabic-assabah");
        var body = string.Join("\n", article.Paragraphs);

        Assert.Equal(PersianKey.Of(gold.GetProperty("title").GetString()!), PersianKey.Of(article.Title!));
        Assert.All(gold.GetProperty("with").EnumerateArray(), w => Assert.Contains(PersianKey.Of(w.GetString()!), PersianKey.Of(body)));
        Assert.All(gold.GetProperty("without").EnumerateArray(), w => Assert.DoesNotContain(PersianKey.Of(w.GetString()!), PersianKey.Of(body)));
    }

    [SkippableFact]
    public void The_CNN_Arabic_page_matches_its_gold_title_and_text()
    {
        var (article, gold) = Read("arabic-newspaper4k");
        var goldText = File.ReadAllText(Repo.Shared("data", "pages", "arabic-newspaper4k", "1.gold.txt"));

        Assert.Equal(PersianKey.Of(gold.GetProperty("title").GetString()!), PersianKey.Of(article.Title!));
        Assert.True(TokenF1.Score(string.Join("\n", article.Paragraphs), goldText) > 0.95);
    }

    [SkippableFact]
    public void AsrIran_and_Fars_body_HTML_reads_as_their_plain_bodies()
    {
        var file = Repo.Shared("data", "news", "arefee-asriran-fars-raw", "asrirandata.jsonl");
        var scores = new List<double>();
        foreach (var line in File.ReadLines(file).Concat(File.ReadLines(Path.Combine(Path.GetDirectoryName(file)!, "farsnewsdata.jsonl"))))
        {
            var record = JsonDocument.Parse(line).RootElement;
            // The pipeline normalizes what it extracts; the gold goes through the same normalizer.
            var gold = PersianNormalizer.Default.Normalize(WebUtility.HtmlDecode(record.GetProperty("body").GetString() ?? ""));
            if (gold.Length < 200)
            {
                continue;
            }

            var html = $"<html><body><div class=\"news-body\">{record.GetProperty("bodyHtml").GetString()}</div></body></html>";
            var result = HtmlExtract.Result(html);
            scores.Add(result.Article is { } a ? TokenF1.Score(string.Join("\n", a.Paragraphs), gold) : 0);
        }

        Assert.True(scores.Count > 100);
        Assert.True(scores.Average() > 0.95, $"mean token F1 {scores.Average():0.000} over {scores.Count}");
    }
}
