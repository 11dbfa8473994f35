using Khabar.Archive.Index;
using Khabar.Extraction;
using Khabar.Persian.Search;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Khabar.Archive.Search;

/// <summary>
/// The query language: words, "phrases", AND / OR / NOT, + / -, and the fields <c>title:</c>, <c>agency:</c>,
/// <c>desk:</c>, <c>tag:</c>, <c>month:</c> (Jalali, 1403/01), <c>entity:</c>, <c>person:</c>, <c>org:</c>, <c>place:</c>. Words go through the same analyzer as the index.
/// </summary>
public sealed class KhabarQueryParser : MultiFieldQueryParser
{
    private static readonly string[] TextFields = [IndexFields.Title, IndexFields.Body];
    private static readonly Dictionary<string, float> Boosts = new() { [IndexFields.Title] = 2f, [IndexFields.Body] = 1f };

    public KhabarQueryParser()
        : base(LuceneVersion.LUCENE_48, TextFields, ArchiveIndex.Analyzer, Boosts)
    {
        DefaultOperator = OR_OPERATOR;
        AllowLeadingWildcard = false;
    }

    /// <summary>The parsed query, or a message that says what is wrong with it.</summary>
    public static (Query? Query, string? Error) TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (new MatchAllDocsQuery(), null);
        }

        try
        {
            var prepared = QueryText.JoinDetachedAffixes(text);
            var query = new KhabarQueryParser().Parse(prepared);
            return (IsPlainWords(prepared) ? WithProximity(query, prepared) : query, null);
        }
        catch (ParseException e)
        {
            return (null, $"malformed query: {FirstLine(e.Message)}");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return (null, "malformed query: it expands to too many terms; use fewer wildcards");
        }
    }

    /// <inheritdoc />
    // Quoted values (agency:"ورزش سه") arrive here; keyword fields take them whole, like unquoted ones.
    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        field is IndexFields.Agency or IndexFields.Desk or IndexFields.Tag or IndexFields.Month or IndexFields.Entity
            or IndexFields.Person or IndexFields.Organisation or IndexFields.Place
            ? GetFieldQuery(field, queryText, quoted: true)
            : base.GetFieldQuery(field, queryText, slop);

    /// <inheritdoc />
    protected override Query GetFieldQuery(string field, string queryText, bool quoted) => field switch
    {
        null or IndexFields.Title or IndexFields.Body => base.GetFieldQuery(field, queryText, quoted),
        IndexFields.Agency => new TermQuery(new Term(IndexFields.Agency, DocumentBuilder.Key(AgencyName(queryText)))),
        IndexFields.Desk => new TermQuery(new Term(IndexFields.Desk, DocumentBuilder.Key(Desks.Canonical(queryText)))),
        IndexFields.Tag => new TermQuery(new Term(IndexFields.Tag, DocumentBuilder.Key(queryText))),
        IndexFields.Entity or IndexFields.Person or IndexFields.Organisation or IndexFields.Place =>
            new TermQuery(new Term(field, EntityKey(queryText))),
        IndexFields.Month => new TermQuery(new Term(IndexFields.Month, Persian.Text.Digits.ToAscii(queryText).Replace('-', '/'))),
        _ => throw new ParseException($"unknown field '{field}:'; use title:, agency:, desk:, tag:, month:, entity:, person:, org: or place:"),
    };

    // Plain words (no operators, fields, phrases or groups): documents holding them close together, above all in
    // the title, come first. A few words of a headline should find that headline.
    private static Query WithProximity(Query query, string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return query;
        }

        var parser = new KhabarQueryParser();
        var phrase = "\"" + string.Join(' ', parts) + "\"~3";
        var title = parser.Parse($"{IndexFields.Title}:{phrase}");
        title.Boost = 3f;
        var body = parser.Parse($"{IndexFields.Body}:{phrase}");
        return new BooleanQuery { { query, Occur.MUST }, { title, Occur.SHOULD }, { body, Occur.SHOULD } };
    }

    private static bool IsPlainWords(string text) =>
        text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '\u200C') && !text.Split(' ').Any(w => w is "AND" or "OR" or "NOT");

    // An entity by name (any spelling: folded like the index) or by canonical id (ascii, e.g. seed:tehran).
    private static string EntityKey(string text) => DocumentBuilder.Key(text) is { Length: > 0 } key && !text.Contains(':') ? key : text.ToLowerInvariant();

    private static string AgencyName(string text) => (Agencies.ById(text.ToLowerInvariant()) ?? Agencies.Find(text))?.Name ?? text;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
