using Khabar.Model;
using Khabar.Pipeline;

namespace Khabar.Bench.Extraction;

/// <summary>What an extractor gave for one page, in the terms the gold uses.</summary>
internal sealed record Output(string? Title, string Body, DateTimeOffset? Published);

/// <summary>Khabar's HTML extraction and SmartReader, called the same way on the same decoded page.</summary>
internal static class Extractors
{
    // No tidy stage: the gold is scored on the page's own spelling.
    private static readonly KhabarPipeline Khabar = new PipelineBuilder().UseHtml().UseDates().Build();

    public static Output RunKhabar(string html, string url)
    {
        var result = Khabar.Process(new Page(url, html, "text/html", "utf-8") { Url = url });
        var a = result.Article;
        return a is null ? new Output(null, "", null) : new Output(a.Title, string.Join("\n", new[] { a.Lead }.OfType<string>().Concat(a.Paragraphs)), a.Published);
    }

    public static Output RunSmartReader(string html, string url)
    {
        var article = SmartReader.Reader.ParseArticle(url, html, null);
        return new Output(article.Title, article.TextContent ?? "", article.PublicationDate is { } d ? new DateTimeOffset(d) : null);
    }
}
