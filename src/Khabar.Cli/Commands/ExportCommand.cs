using Khabar.Output;
using System.CommandLine;
using Khabar.Archive;
using Khabar.Archive.Search;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar export [query]</c>: archived articles as JSON Lines, CSV or ninjs, streamed.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("query") { Description = "Export only what this query matches (default: everything)", Arity = ArgumentArity.ZeroOrMore };
        var archive = ArchiveOption.Create();
        var format = new Option<string>("--format") { Description = "jsonl (default), csv or ninjs", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "ninjs");
        var from = new Option<string?>("--from") { Description = "Earliest date, Jalali or Gregorian" };
        var to = new Option<string?>("--to") { Description = "Latest date, Jalali or Gregorian" };
        var command = new Command("export", "Export archived articles") { query, archive, format, from, to };
        command.SetAction(parse =>
        {
            var (fromValue, fromError) = DateBound.Parse(parse.GetValue(from), endOfDay: false);
            var (toValue, toError) = DateBound.Parse(parse.GetValue(to), endOfDay: true);
            if ((fromError ?? toError) is { } bad)
            {
                console.Error.WriteLine($"khabar export: {TerminalText.Safe(bad)}");
                return 2;
            }

            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var request = new SearchRequest(string.Join(' ', parse.GetValue(query) ?? [])) { From = fromValue, To = toValue };
            var (ids, error) = opened.Searcher().MatchingIds(request);
            if (ids is null)
            {
                console.Error.WriteLine($"khabar export: {TerminalText.Safe(error)}");
                return 2;
            }

            var kind = parse.GetValue(format);
            var write = ArticleFormat.Writer(kind == "ninjs" ? "ninjs" : "khabar");
            if (kind == "csv")
            {
                console.Out.WriteLine(ArticleCsv.Header);
            }

            foreach (var id in ids)
            {
                if (opened.Store.Get(id) is { } stored)
                {
                    console.Out.WriteLine(kind == "csv" ? ArticleCsv.Of(id, stored.Article) : ArticleFormat.Render(write, stored.Article, false));
                }
            }

            return 0;
        });
        return command;
    }
}
