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

    // A compound's other spellings count a little below the spelling asked for.
    private const float SpellingBoost = 0.5f;
    private const char HalfSpace = '\u200C';

    private readonly bool spellings;

    /// <summary>A parser whose words and phrases find a compound however it is written (half-space, space, glued).</summary>
    public KhabarQueryParser()
        : this(spellings: true)
    {
    }

    private KhabarQueryParser(bool spellings)
        : base(LuceneVersion.LUCENE_48, TextFields, ArchiveIndex.Analyzer, Boosts)
    {
        this.spellings = spellings;
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
            var parser = new KhabarQueryParser();
            var query = parser.Parse(prepared);
            return (IsPlainWords(prepared) ? WithProximity(parser.WithJoinedPairs(query, prepared), prepared) : query, null);
        }
        catch (ParseException e)
        {
            return (null, $"malformed query: {FirstLine(e.Message)}");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return (null, "malformed query: it expands to too many terms; use fewer wildcards");
        }
        catch (ArgumentException e)
        {
            // A regular expression between slashes that does not parse (/[ab/) fails in the automaton, not the parser.
            return (null, $"malformed query: {FirstLine(e.Message)}");
        }
    }

    /// <inheritdoc />
    // Quoted values (agency:"ورزش سه") arrive here; keyword fields take them whole, like unquoted ones.
    // A phrase in the text fields also finds its compounds written otherwise ("بین الملل" finds بین‌الملل).
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (field is IndexFields.Agency or IndexFields.Desk or IndexFields.Tag or IndexFields.Month or IndexFields.Entity
            or IndexFields.Person or IndexFields.Organisation or IndexFields.Place)
        {
            return GetFieldQuery(field, queryText, quoted: true);
        }

        var exact = base.GetFieldQuery(field, queryText, slop);
        if (!spellings)
        {
            return exact;
        }

        var others = new List<Query?>();
        foreach (var spelling in QueryText.CompoundSpellings(QueryText.RestoreHalfSpaces(queryText)))
        {
            others.Add(base.GetFieldQuery(field, spelling, slop));
        }

        return WithSpellings(exact, others);
    }

    /// <inheritdoc />
    // A word with a half-space, or glued where the lexicon has one, also finds it written with a space
    // (بین‌الملل and بینالملل find "بین الملل").
    protected override Query GetFieldQuery(string field, string queryText, bool quoted) => field switch
    {
        null or IndexFields.Title or IndexFields.Body when spellings && !quoted
            && QueryText.RestoreHalfSpaces(queryText) is var compound && compound.Contains(HalfSpace) =>
            WithSpellings(base.GetFieldQuery(field, queryText, quoted), [base.GetFieldQuery(field, compound.Replace(HalfSpace, ' '), quoted: true)]),
        null or IndexFields.Title or IndexFields.Body => base.GetFieldQuery(field, queryText, quoted),
        IndexFields.Agency => new TermQuery(new Term(IndexFields.Agency, DocumentBuilder.Key(AgencyName(queryText)))),
        IndexFields.Desk => new TermQuery(new Term(IndexFields.Desk, DocumentBuilder.Key(Desks.Canonical(queryText)))),
        IndexFields.Tag => new TermQuery(new Term(IndexFields.Tag, DocumentBuilder.Key(queryText))),
        IndexFields.Entity or IndexFields.Person or IndexFields.Organisation or IndexFields.Place =>
            new TermQuery(new Term(field, EntityKey(queryText))),
        IndexFields.Month => new TermQuery(new Term(IndexFields.Month, Persian.Text.Digits.ToAscii(queryText).Replace('-', '/'))),
        _ => throw new ParseException($"unknown field '{field}:'; use title:, agency:, desk:, tag:, month:, entity:, person:, org: or place:"),
    };

    // Neighbouring plain words may be one compound written apart (کلاه کج): each pair also counts written as one.
    private Query WithJoinedPairs(Query query, string words)
    {
        var others = new List<Query?>();
        foreach (var pair in QueryText.JoinedPairs(words))
        {
            others.Add(base.GetFieldQuery(null!, pair, quoted: false));
        }

        return WithSpellings(query, others);
    }

    // The query as asked, or any of its other spellings a little below it.
    private static Query WithSpellings(Query? exact, IEnumerable<Query?> others)
    {
        if (exact is null)
        {
            return null!; // nothing to search for: the parser leaves such a word out
        }

        var seen = new List<Query> { exact };
        var lower = new List<Query>();
        foreach (var other in others)
        {
            if (other is null || seen.Contains(other))
            {
                continue;
            }

            seen.Add(other);
            var spelling = (Query)other.Clone();
            spelling.Boost *= SpellingBoost;
            lower.Add(spelling);
        }

        return lower.Count == 0 ? exact : new SpellingsQuery(exact, lower);
    }

    // Plain words (no operators, fields, phrases or groups): documents holding them close together, above all in
    // the title, come first. A few words of a headline should find that headline.
    private static Query WithProximity(Query query, string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return query;
        }

        // The title's phrase in every spelling (a headline is found whichever way its compounds were written), the
        // body's as written: spellings there cost a body-wide phrase search each for little change in the order.
        var phrase = "\"" + string.Join(' ', parts) + "\"~3";
        var title = new KhabarQueryParser().Parse($"{IndexFields.Title}:{phrase}");
        title.Boost = 3f;
        var body = new KhabarQueryParser(spellings: false).Parse($"{IndexFields.Body}:{phrase}");
        return new BooleanQuery { { query, Occur.MUST }, { title, Occur.SHOULD }, { body, Occur.SHOULD } };
    }

    // Words and the punctuation of running text (« » ، ؛ . and the like, or a mark escaped with a backslash), but
    // none of the query language's marks, operators or fields: a headline pasted as it was printed is plain words.
    private static bool IsPlainWords(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (QuerySyntax.Contains(text[i]))
            {
                return false;
            }
        }

        return !text.Split(' ').Any(w => w is "AND" or "OR" or "NOT" or "&&" or "||");
    }

    private static readonly HashSet<char> QuerySyntax = ['+', '-', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/', '&', '|'];

    // An entity by name (any spelling: folded like the index) or by canonical id (ascii, e.g. seed:tehran).
    private static string EntityKey(string text) => DocumentBuilder.Key(text) is { Length: > 0 } key && !text.Contains(':') ? key : text.ToLowerInvariant();

    private static string AgencyName(string text) => (Agencies.ById(text.ToLowerInvariant()) ?? Agencies.Find(text))?.Name ?? text;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
