using System.Text.RegularExpressions;
using Khabar.Testing;

namespace Khabar.Core.Tests.TextPages;

/// <summary>The extractor over the real scraped pages in ../shared/data/textpages.</summary>
public sealed class TextPagesCorpusTests
{
    [SkippableFact]
    public void Every_ISNA_page_gives_an_article_and_those_with_an_ISNA_opener_name_ISNA()
    {
        var folder = Repo.Shared("data", "textpages", "isna");
        var pages = Directory.GetFiles(folder, "*.txt");
        Assert.Equal(15, pages.Length);

        foreach (var path in pages)
        {
            var article = Extract.File(path);
            var opener = Regex.IsMatch(File.ReadAllText(path), "به گزارش[^،.]{0,80}ایسنا");

            Assert.True(article.Agency == (opener ? "ایسنا" : null), $"{path}: agency {article.Agency}, opener {opener}");
            Assert.NotEmpty(article.Paragraphs);
            Assert.All(article.Paragraphs, p => Assert.DoesNotContain("  ", p, StringComparison.Ordinal));
        }
    }

    [SkippableFact]
    public void Every_dataset_card_sample_gives_an_article_or_a_clear_error()
    {
        var folder = Repo.Shared("data", "textpages", "dataset-cards");

        foreach (var path in Directory.GetFiles(folder))
        {
            var result = Extract.Pipeline.Run([Khabar.Reading.InputItem.FromFile(path)]).Single();

            Assert.True(result.Article is not null || result.Error!.Reason.Length > 0, path);
            if (result.Article is { } article)
            {
                Assert.NotEmpty(article.Paragraphs);
                Assert.DoesNotContain("\u200E", Extract.AllText(article), StringComparison.Ordinal);
            }
        }
    }
}
