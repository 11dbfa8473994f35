using Khabar.Model;

namespace Khabar.Output;

/// <summary>Articles as CSV (RFC 4180): every field quoted, quotes doubled, paragraphs joined by blank lines.</summary>
public static class ArticleCsv
{
    /// <summary>The header row.</summary>
    public static readonly string Header = Row(["id", "sourceId", "title", "kicker", "lead", "body", "published", "newsId", "agency", "desk", "tags", "url"]);

    /// <summary>One article as a row.</summary>
    public static string Of(long id, Article a) => Row([
        id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.SourceId, a.Title, a.Kicker, a.Lead,
        string.Join("\n\n", a.Paragraphs), a.Published is { } p ? JsonSettings.Iso(p) : null, a.NewsId, a.Agency, a.Desk,
        string.Join("; ", a.Tags), a.Url,
    ]);

    /// <summary>
    /// Any row of cells, quoted the same way; a cell that starts with = + - @ is a formula to spreadsheets, so a
    /// leading apostrophe keeps it text.
    /// </summary>
    public static string Row(IEnumerable<string?> fields) =>
        string.Join(',', fields.Select(f => "\"" + Defuse(f ?? "").Replace("\"", "\"\"") + "\""));

    private static string Defuse(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
