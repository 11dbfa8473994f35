using System.CommandLine;
using System.Globalization;
using Khabar.Archive;
using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Khabar.Output;

namespace Khabar.Cli.Commands;

/// <summary>
/// <c>khabar network [query]</c>: who is named with whom in the matching articles, as an edge list (CSV for Gephi or
/// a spreadsheet, or JSON Lines): two entities and the number of articles that name both.
/// </summary>
internal static class NetworkCommand
{
    private static readonly string Header = ArticleCsv.Row(["source", "source_name", "source_type", "target", "target_name", "target_type", "articles"]);

    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("query") { Description = "Only articles this query matches (default: every article)", Arity = ArgumentArity.ZeroOrMore };
        var archive = ArchiveOption.Create();
        var type = new Option<string?>("--type") { Description = "Comma-separated types: PER, ORG, LOC, FAC, EVENT, PRO, or person, org, place (default: all but dates)" };
        var min = new Option<int>("--min-articles") { Description = "Only pairs named together in at least this many articles", DefaultValueFactory = _ => 2 };
        var limit = new Option<int>("--limit") { Description = "Pairs to print, most shared first (0: all)", DefaultValueFactory = _ => 200 };
        var format = new Option<string>("--format") { Description = "csv (default) or jsonl", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var from = new Option<string?>("--from") { Description = "Earliest date, Jalali or Gregorian" };
        var to = new Option<string?>("--to") { Description = "Latest date, Jalali or Gregorian" };
        var command = new Command("network", "Who is named with whom: pairs of entities and how many articles name both (CSV or JSON Lines)")
            { query, archive, type, min, limit, format, from, to };
        command.SetAction(parse =>
        {
            var (types, typeError) = EntityTypeFilter.Parse(parse.GetValue(type));
            var (fromValue, fromError) = DateBound.Parse(parse.GetValue(from), endOfDay: false);
            var (toValue, toError) = DateBound.Parse(parse.GetValue(to), endOfDay: true);
            if ((typeError ?? fromError ?? toError) is { } bad || parse.GetValue(min) < 1 || parse.GetValue(limit) < 0)
            {
                console.Error.WriteLine($"khabar network: {TerminalText.Safe(typeError ?? fromError ?? toError) ?? "--min-articles must be at least 1 and --limit at least 0"}");
                return 2;
            }

            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var request = new SearchRequest(string.Join(' ', parse.GetValue(query) ?? [])) { From = fromValue, To = toValue };
            var (ids, error) = opened.Searcher().MatchingIds(request);
            if (ids is null)
            {
                console.Error.WriteLine($"khabar network: {TerminalText.Safe(error)}");
                return 2;
            }

            var searcher = opened.Index.OpenSearcher();
            try
            {
                var catalog = EntityCatalog.Of(searcher.IndexReader);
                var articles = ids.Select(opened.Store.Get).OfType<StoredArticle>().Select(s => s.Article);
                var pairs = EntityNetwork.Of(articles, catalog, types!, parse.GetValue(min));
                var shown = parse.GetValue(limit) == 0 ? pairs : pairs.Take(parse.GetValue(limit));
                var csv = parse.GetValue(format) == "csv";
                if (csv)
                {
                    console.Out.WriteLine(Header);
                }

                foreach (var p in shown)
                {
                    console.Out.WriteLine(csv ? Row(p) : Json(p));
                }
            }
            finally
            {
                searcher.IndexReader.Dispose();
            }

            return 0;
        });
        return command;
    }

    private static string Row(EntityPair p) => ArticleCsv.Row([
        p.Source.Id, p.Source.Name, p.Source.Type, p.Target.Id, p.Target.Name, p.Target.Type, p.Articles.ToString(CultureInfo.InvariantCulture)]);

    private static string Json(EntityPair p) => SearchOutput.Line(w =>
    {
        w.WriteString("source", p.Source.Id);
        w.WriteString("sourceName", p.Source.Name);
        w.WriteString("sourceType", p.Source.Type);
        w.WriteString("target", p.Target.Id);
        w.WriteString("targetName", p.Target.Name);
        w.WriteString("targetType", p.Target.Type);
        w.WriteNumber("articles", p.Articles);
    });
}
