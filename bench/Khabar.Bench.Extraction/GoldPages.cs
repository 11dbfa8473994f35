using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Khabar.Bench.Extraction;

/// <summary>A page with whatever gold it has: a date, a title, text it must hold or must not hold, or its whole text.</summary>
internal sealed record GoldPage(string Name, string Html, string Url)
{
    public string? Date { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> With { get; init; } = [];

    public IReadOnlyList<string> Without { get; init; } = [];

    public string? Text { get; init; }
}

/// <summary>Loads ../shared/data/pages and the AsrIran/Fars bodyHtml records.</summary>
internal static partial class GoldPages
{
    public static string Root { get; } = FindShared();

    public static List<GoldPage> Load()
    {
        var pages = new List<GoldPage>();
        var folder = Path.Combine(Root, "pages");
        if (!Directory.Exists(folder))
        {
            return pages;
        }

        foreach (var site in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            foreach (var html in Directory.GetFiles(site, "*.html").Where(f => !f.Contains(".gold.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                pages.Add(Read(Path.GetFileName(site) + "/" + Path.GetFileName(html), html));
            }
        }

        return pages;
    }

    /// <summary>AsrIran and Fars records: bodyHtml wrapped in a page, plain body as gold.</summary>
    public static IEnumerable<(string Html, string Gold)> ArefeeBodies()
    {
        var folder = Path.Combine(Root, "news", "arefee-asriran-fars-raw");
        foreach (var file in new[] { "asrirandata.jsonl", "farsnewsdata.jsonl" }.Select(f => Path.Combine(folder, f)).Where(File.Exists))
        {
            foreach (var line in File.ReadLines(file))
            {
                var record = JsonDocument.Parse(line).RootElement;
                var gold = WebUtility.HtmlDecode(record.GetProperty("body").GetString() ?? "");
                if (gold.Length >= 200)
                {
                    yield return ($"<html><body><div class=\"news-body\">{record.GetProperty("bodyHtml").GetString()}</div></body></html>", gold);
                }
            }
        }
    }

    // The page's real URL is left out on purpose: dates and ids must come from the page, not from its address.
    private static GoldPage Read(string name, string htmlPath)
    {
        var html = File.ReadAllText(htmlPath);
        var stem = htmlPath[..^".html".Length];
        var page = new GoldPage(name, html, "https://example.invalid/" + name);
        if (File.Exists(stem + ".gold.json"))
        {
            var gold = JsonDocument.Parse(File.ReadAllText(stem + ".gold.json")).RootElement;
            var expected = gold.TryGetProperty("expected", out var e) ? e : default;
            page = page with
            {
                Date = Str(gold, "date") is { Length: 10 } d ? d : null,
                Title = Str(gold, "title"),
                With = Strings(gold, "with"),
                Without = Strings(gold, "without"),
                Text = expected.ValueKind == JsonValueKind.Object ? Str(expected, "cleaned_text") : null,
            };
        }

        if (File.Exists(stem + ".gold.metadata.json"))
        {
            var meta = JsonDocument.Parse(File.ReadAllText(stem + ".gold.metadata.json")).RootElement;
            page = page with { Title = Str(meta, "title") };
        }

        var text = File.Exists(stem + ".gold.txt") ? File.ReadAllText(stem + ".gold.txt")
            : File.Exists(stem + ".gold.expected.html") ? WebUtility.HtmlDecode(Tags().Replace(File.ReadAllText(stem + ".gold.expected.html"), " ")) : null;
        return text is null ? page : page with { Text = text };
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Khabar.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
            }
        }

        return Path.GetFullPath(Path.Combine("..", "shared", "data"));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
