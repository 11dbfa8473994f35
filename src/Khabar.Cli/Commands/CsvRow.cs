using Khabar.Model;
using Khabar.Output;

namespace Khabar.Cli.Commands;

/// <summary>Articles as CSV (RFC 4180): every field quoted, quotes doubled, paragraphs joined by blank lines.</summary>
internal static class CsvRow
{
    public static readonly string Header = Line(["id", "sourceId", "title", "kicker", "lead", "body", "published", "newsId", "agency", "desk", "tags", "url"]);

    public static string Of(long id, Article a) => Line([
        id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.SourceId, a.Title, a.Kicker, a.Lead,
        string.Join("\n\n", a.Paragraphs), a.Published is { } p ? JsonSettings.Iso(p) : null, a.NewsId, a.Agency, a.Desk,
        string.Join("; ", a.Tags), a.Url,
    ]);

    private static string Line(IEnumerable<string?> fields) =>
        string.Join(',', fields.Select(f => "\"" + (f ?? "").Replace("\"", "\"\"") + "\""));
}
