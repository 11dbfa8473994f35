using System.CommandLine;
using System.Text.Json;
using Khabar.Archive;
using Khabar.Archive.Search;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar search QUERY</c>: ranked results with snippets, filters, facets; or a batch of queries.</summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("query") { Description = "Words, \"phrases\", AND/OR/NOT, +/-, title: agency: desk: tag: month: entity: person: org: place:", Arity = ArgumentArity.ZeroOrMore };
        var archive = ArchiveOption.Create();
        var from = new Option<string?>("--from") { Description = "Earliest date, Jalali or Gregorian (1403/01/01)" };
        var to = new Option<string?>("--to") { Description = "Latest date, Jalali or Gregorian (a day counts whole)" };
        var sort = new Option<string>("--sort") { Description = "relevance or date", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var limit = new Option<int>("--limit") { Description = "Results per page", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "Results to skip" };
        var facets = new Option<string?>("--facets") { Description = "Counts per value of agency, desk, month; per entity (id, name, count) of person, org, place (comma-separated)" };
        var facetLimit = new Option<int>("--facet-limit") { Description = "Entities per entity facet (person, org, place)", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "JSON Lines: one result a line (id, sourceId, score, …)" };
        var queries = new Option<string?>("--queries") { Description = "Batch: a JSON Lines file of {\"qid\":…, \"query\":…}" };
        var collapse = new Option<bool>("--collapse") { Description = "One hit per duplicate group (copies of one text by several agencies)" };

        var command = new Command("search", "Search the archive") { query, archive, from, to, sort, limit, offset, facets, facetLimit, json, queries, collapse };
        command.SetAction(parse =>
        {
            var (fromValue, fromError) = DateBound.Parse(parse.GetValue(from), endOfDay: false);
            var (toValue, toError) = DateBound.Parse(parse.GetValue(to), endOfDay: true);
            var facetFields = (parse.GetValue(facets) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = facetFields.FirstOrDefault(f => f is not ("agency" or "desk" or "month" or "person" or "org" or "place"));
            var facetLimitError = parse.GetValue(facetLimit) < 1 ? "--facet-limit must be at least 1" : null;
            if ((fromError ?? toError ?? facetLimitError ?? (unknown is null ? null : $"unknown facet '{unknown}'; use agency, desk, month, person, org or place")) is { } bad)
            {
                console.Error.WriteLine($"khabar search: {TerminalText.Safe(bad)}");
                return 2;
            }

            var request = new SearchRequest(string.Join(' ', parse.GetValue(query) ?? []))
            {
                From = fromValue,
                To = toValue,
                Sort = parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
                Facets = facetFields,
                EntityFacetLimit = parse.GetValue(facetLimit),
                Collapse = parse.GetValue(collapse),
            };

            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var searcher = opened.Searcher();
            return parse.GetValue(queries) is { } file
                ? Batch(searcher, request, file, console)
                : Single(searcher, request, parse.GetValue(json), console);
        });
        return command;
    }

    private static int Single(ArchiveSearcher searcher, SearchRequest request, bool json, CliConsole console)
    {
        var (response, error) = searcher.Search(request);
        if (response is null)
        {
            console.Error.WriteLine($"khabar search: {TerminalText.Safe(error)}");
            return 2;
        }

        if (json)
        {
            SearchOutput.Json(console.Out, response, request.Facets.Count > 0);
        }
        else
        {
            SearchOutput.Human(console.Out, response, request.Offset, console.Interactive && !Console.IsOutputRedirected);
        }

        return 0;
    }

    private static int Batch(ArchiveSearcher searcher, SearchRequest template, string file, CliConsole console)
    {
        var failed = 0;
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            string? qid = null, text = null;
            try
            {
                var record = JsonDocument.Parse(line).RootElement;
                qid = record.GetProperty("qid").ToString();
                text = record.GetProperty("query").GetString();
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                console.Error.WriteLine($"khabar search: {file}:{number}: not a {{\"qid\":…, \"query\":…}} line ({TerminalText.Safe(e.Message)})");
                failed++;
                continue;
            }

            var (response, error) = searcher.Search(template with { Query = text ?? "", Snippets = false });
            if (response is null)
            {
                console.Error.WriteLine($"khabar search: {file}:{number}: {TerminalText.Safe(error)}");
                failed++;
            }

            console.Out.WriteLine(SearchOutput.Line(json =>
            {
                json.WriteString("qid", qid);
                json.WriteStartArray("results");
                foreach (var hit in response?.Hits ?? [])
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", hit.Id);
                    json.WriteString("sourceId", hit.Article.SourceId);
                    json.WriteNumber("score", Math.Round(hit.Score, 4));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }));
        }

        return failed == 0 ? 0 : 1;
    }
}
