using System.Text.Encodings.Web;
using System.Text.Json;
using Khabar.Core.Tests.Html;
using Khabar.Model;
using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Bench.Extraction;

/// <summary>
/// Every field of every article Khabar extracts from the gold pages (as decoded text and as the files' bytes) and
/// from the AsrIran/Fars bodyHtml records, one JSON line each: two dumps compared byte for byte show that a change
/// to the extractor left its output as it was.
/// </summary>
internal static class Dump
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Run(List<GoldPage> pages)
    {
        var text = new PipelineBuilder().UseHtml().UseDates().Build();
        foreach (var page in pages)
        {
            Write("text " + page.Name, text.Process(new Page(page.Url, page.Html, "text/html", "utf-8") { Url = page.Url }));
        }

        var files = new PipelineBuilder().UseHtml().UseDates().Build();
        foreach (var page in pages)
        {
            var path = Path.Combine(GoldPages.Root, "pages", page.Name);
            foreach (var result in files.Run(InputItem.FromFile(path)))
            {
                Write("file " + page.Name, result);
            }
        }

        foreach (var (name, html) in new[] { ("isna", CmsPages.Isna()), ("nastooh", CmsPages.Nastooh()), ("iransamaneh", CmsPages.IranSamaneh()), ("aasaam", CmsPages.Aasaam()), ("news-studio", CmsPages.NewsStudio()) })
        {
            Write("cms " + name, text.Process(new Page(name, html, "text/html", "utf-8")));
        }

        var n = 0;
        foreach (var (html, _) in GoldPages.ArefeeBodies())
        {
            Write("body " + n++, text.Process(new Page("https://example.invalid/a", html, "text/html", "utf-8") { Url = "https://example.invalid/a" }));
        }
    }

    private static void Write(string name, ItemResult result) =>
        Console.WriteLine(name + "\t" + (result.Article is { } a ? JsonSerializer.Serialize(a, Json) : "error\t" + JsonSerializer.Serialize(result, Json)));
}
