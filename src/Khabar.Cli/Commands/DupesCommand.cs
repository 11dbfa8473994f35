using System.CommandLine;
using Khabar.Archive;
using Khabar.Output;
using Khabar.Persian.Dates;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar dupes</c>: every duplicate group, canonical article first, with who carried it and when.</summary>
internal static class DupesCommand
{
    public static Command Create(CliConsole console)
    {
        var archive = ArchiveOption.Create();
        var json = new Option<bool>("--json") { Description = "JSON Lines: {\"canonical\": id, \"members\": [{\"id\", \"sourceId\", …}]}" };
        var command = new Command("dupes", "List groups of duplicate articles (copies republished by other agencies)") { archive, json };
        command.SetAction(parse =>
        {
            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var asJson = parse.GetValue(json);
            long groups = 0, copies = 0;
            foreach (var group in opened.Dedup.Store.Groups())
            {
                groups++;
                copies += group.Members.Count - 1;
                var members = group.Members.Select(id => (Id: id, Article: opened.Store.Get(id)?.Article)).ToList();
                if (asJson)
                {
                    console.Out.WriteLine(SearchOutput.Line(w =>
                    {
                        w.WriteNumber("canonical", group.Canonical);
                        w.WriteStartArray("members");
                        foreach (var (id, a) in members)
                        {
                            w.WriteStartObject();
                            w.WriteNumber("id", id);
                            w.WriteString("sourceId", a?.SourceId);
                            w.WriteString("agency", a?.Agency);
                            w.WriteString("published", a?.Published is { } p ? JsonSettings.Iso(p) : null);
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }));
                    continue;
                }

                console.Out.WriteLine($"{TerminalText.Safe(members[0].Article?.Title) ?? "(بی‌عنوان)"}  [{group.Members.Count} copies]");
                foreach (var (id, a) in members)
                {
                    var date = a?.Published is { } p ? JalaliFormat.Date(p) : "بی‌تاریخ";
                    console.Out.WriteLine($"   {(id == group.Canonical ? "*" : " ")} {TerminalText.Safe(a?.Agency) ?? "?"} · {date} · id {id}");
                }
            }

            if (!asJson)
            {
                console.Out.WriteLine($"{groups:N0} groups, {copies:N0} copies beside their canonical articles");
            }

            return 0;
        });
        return command;
    }
}
