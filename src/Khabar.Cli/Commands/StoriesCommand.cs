using System.CommandLine;
using Khabar.Archive;
using Khabar.Archive.Dedup.Stories;
using Khabar.Archive.Search;
using Khabar.Output;
using Khabar.Persian.Dates;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar stories [query]</c>: events reported by several articles, with who reported them and when.</summary>
internal static class StoriesCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("query") { Description = "Only stories with an article this query matches (default: the latest)", Arity = ArgumentArity.ZeroOrMore };
        var archive = ArchiveOption.Create();
        var limit = new Option<int>("--limit") { Description = "Stories to show", DefaultValueFactory = _ => 10 };
        var min = new Option<int>("--min-reports") { Description = "Only stories with at least this many reports", DefaultValueFactory = _ => 2 };
        var json = new Option<bool>("--json") { Description = "JSON Lines: one story a line with its timeline" };
        var command = new Command("stories", "Show stories: one event, the agencies that reported it, a timeline") { query, archive, limit, min, json };
        command.SetAction(parse =>
        {
            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var reader = opened.Dedup.Reader(opened.Store);
            var (count, least) = (parse.GetValue(limit), parse.GetValue(min));
            IEnumerable<Story> stories;
            if (string.Join(' ', parse.GetValue(query) ?? []) is { Length: > 0 } text)
            {
                var (response, error) = opened.Searcher().Search(new SearchRequest(text) { Limit = 200, Snippets = false });
                if (response is null)
                {
                    console.Error.WriteLine($"khabar stories: {error}");
                    return 2;
                }

                stories = reader.Of(response.Hits.Select(h => h.Id), int.MaxValue).Where(s => s.Timeline.Count >= least).Take(count);
            }
            else
            {
                stories = reader.Latest(least, count);
            }

            foreach (var story in stories)
            {
                if (parse.GetValue(json))
                {
                    console.Out.WriteLine(Json(story));
                    continue;
                }

                console.Out.WriteLine($"{TerminalText.Safe(story.Title) ?? "(بی‌عنوان)"}  [{story.Timeline.Count} گزارش · {TerminalText.Safe(string.Join("، ", story.Agencies))}]");
                foreach (var r in story.Timeline)
                {
                    var date = r.Published is { } p ? JalaliFormat.Date(p) + " " + p.ToString("HH:mm") : "بی‌تاریخ";
                    var copy = r.CopyOf is { } c ? $" (رونوشت {c})" : "";
                    console.Out.WriteLine($"   {date} · {TerminalText.Safe(r.Agency) ?? "?"} · {TerminalText.Safe(r.Title)} · id {r.Id}{copy}");
                }
            }

            return 0;
        });
        return command;
    }

    private static string Json(Story story) => SearchOutput.Line(w =>
    {
        w.WriteNumber("story", story.Id);
        w.WriteString("title", story.Title);
        w.WriteNumber("firstReport", story.FirstReport);
        ArticleJson.WriteArray(w, "agencies", story.Agencies);
        w.WriteStartArray("timeline");
        foreach (var r in story.Timeline)
        {
            w.WriteStartObject();
            w.WriteNumber("id", r.Id);
            w.WriteString("agency", r.Agency);
            w.WriteString("published", r.Published is { } p ? JsonSettings.Iso(p) : null);
            w.WriteString("title", r.Title);
            if (r.CopyOf is { } c)
            {
                w.WriteNumber("copyOf", c);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}
