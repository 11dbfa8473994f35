using System.ComponentModel;
using Khabar.Archive.Search;
using Khabar.Persian.Dates;
using Microsoft.AspNetCore.Mvc;

namespace Khabar.Web.Api;

/// <summary>A search as the query string gives it, shared by the API and the pages.</summary>
public sealed record SearchQuery
{
    /// <summary>The longest query text accepted.</summary>
    public const int MaxQueryChars = 1000;

    /// <summary>The query.</summary>
    [FromQuery(Name = "q"), Description("Words, \"phrases\", AND/OR/NOT, +/-, and title: agency: desk: tag: month: (1403/01)")]
    public string? Q { get; init; }

    /// <summary>Only this agency (its Persian name or Latin id).</summary>
    [FromQuery(Name = "agency"), Description("Only this agency: its Persian name (برنا) or id (borna)")]
    public string? Agency { get; init; }

    /// <summary>Only this desk.</summary>
    [FromQuery(Name = "desk"), Description("Only this desk (بین‌الملل)")]
    public string? Desk { get; init; }

    /// <summary>The earliest date.</summary>
    [FromQuery(Name = "from"), Description("Earliest date, Jalali or Gregorian, any digits (۱۴۰۳/۰۱/۰۱, 2024-03-20)")]
    public string? From { get; init; }

    /// <summary>The latest date; a day without a time counts whole.</summary>
    [FromQuery(Name = "to"), Description("Latest date, Jalali or Gregorian; a day counts whole")]
    public string? To { get; init; }

    /// <summary>relevance or date.</summary>
    [FromQuery(Name = "sort"), Description("relevance (default with a query) or date (newest first; default without)")]
    public string? Sort { get; init; }

    /// <summary>One hit per duplicate group.</summary>
    [FromQuery(Name = "collapse"), Description("true: one hit per duplicate group (copies of one text by several agencies)")]
    public bool? Collapse { get; init; }

    /// <summary>Whether any filter or query is set.</summary>
    public bool IsEmpty => new[] { Q, Agency, Desk, From, To }.All(string.IsNullOrWhiteSpace);

    /// <summary>The archive request for this search, or a message that says what is wrong with it.</summary>
    public (SearchRequest? Request, string? Error) ToRequest()
    {
        if ((Q?.Length ?? 0) > MaxQueryChars)
        {
            return (null, $"the query is longer than {MaxQueryChars} characters");
        }

        var (from, fromError) = DateBound.Parse(From, endOfDay: false);
        var (to, toError) = DateBound.Parse(To, endOfDay: true);
        if ((fromError ?? toError) is { } bad)
        {
            return (null, bad);
        }

        SearchSort? sort = Sort switch
        {
            null or "" => string.IsNullOrWhiteSpace(Q) ? SearchSort.Date : SearchSort.Relevance,
            "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            _ => null,
        };
        return sort is { } order
            ? (new SearchRequest(QueryText()) { From = from, To = to, Sort = order, Collapse = Collapse == true }, null)
            : (null, $"unknown sort '{Sort}'; use relevance or date");
    }

    /// <summary>The query with the agency and desk filters joined to it as required clauses.</summary>
    public string QueryText()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            parts.Add($"+({Q})");
        }

        if (!string.IsNullOrWhiteSpace(Agency))
        {
            parts.Add("+agency:" + Term(Agency));
        }

        if (!string.IsNullOrWhiteSpace(Desk))
        {
            parts.Add("+desk:" + Term(Desk));
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// A value as one term of the query language, every special character and space escaped. Not a quoted phrase:
    /// the parser reads a quoted value of agency:, desk: or tag: as analyzed text, which misses the keyword.
    /// </summary>
    public static string Term(string value)
    {
        var term = new System.Text.StringBuilder();
        foreach (var c in string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (c == ' ' || "\\+-!():^[]\"{}~*?|&/".Contains(c))
            {
                term.Append('\\');
            }

            term.Append(c);
        }

        return term.ToString();
    }
}
