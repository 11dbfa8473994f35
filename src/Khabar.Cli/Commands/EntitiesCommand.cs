using System.CommandLine;
using Khabar.Archive;
using Khabar.Archive.Search;
using Khabar.Entities.Linking;
using Khabar.Output;
using Khabar.Persian.Dates;

namespace Khabar.Cli.Commands;

/// <summary>
/// <c>khabar entities [name]</c>: the people, organisations, places… the archive names, most named first; and
/// <c>khabar entity ID</c>: one entity's page (names, roles, articles per period, entities named with it, newest
/// articles), as the API and the web UI give them.
/// </summary>
internal static class EntitiesCommand
{
    public static Command List(CliConsole console)
    {
        var query = new Argument<string[]>("name") { Description = "Part of a name or alias, or an id (default: every entity)", Arity = ArgumentArity.ZeroOrMore };
        var archive = ArchiveOption.Create();
        var type = new Option<string?>("--type") { Description = "Comma-separated types: PER, ORG, LOC, FAC, EVENT, PRO, DAT, or person, org, place" };
        var limit = new Option<int>("--limit") { Description = "Entities to show", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Entities to skip" };
        var json = new Option<bool>("--json") { Description = "JSON Lines: one entity a line" };
        var command = new Command("entities", "List the entities the archive names (people, organisations, places…), most named first") { query, archive, type, limit, offset, json };
        command.SetAction(parse =>
        {
            var (types, error) = EntityTypeFilter.Parse(parse.GetValue(type));
            var (count, skip) = (parse.GetValue(limit), parse.GetValue(offset));
            if (types is null || count < 1 || skip < 0)
            {
                console.Error.WriteLine($"khabar entities: {error ?? "--limit must be at least 1 and --offset at least 0"}");
                return 2;
            }

            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var searcher = opened.Index.OpenSearcher();
            try
            {
                var text = string.Join(' ', parse.GetValue(query) ?? []);
                var (total, entities) = EntityCatalog.Of(searcher.IndexReader).Find(text, types, skip, count);
                if (!parse.GetValue(json))
                {
                    console.Out.WriteLine(total == 1 ? "1 entity" : $"{total:N0} entities");
                }

                var rank = skip;
                foreach (var e in entities)
                {
                    console.Out.WriteLine(parse.GetValue(json) ? Json(e) : Line(++rank, e));
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

    public static Command Page(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The entity's canonical id (entities and search facets print it), e.g. org:hamas" };
        var archive = ArchiveOption.Create();
        var unit = new Option<string>("--unit") { Description = "Count articles per day, week (from Saturday) or month; Jalali, Tehran time", DefaultValueFactory = _ => "month" };
        var related = new Option<int>("--related") { Description = "Entities named with it to list, 0 to 100", DefaultValueFactory = _ => 10 };
        var latest = new Option<int>("--latest") { Description = "Newest articles to list, 0 to 100", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "One JSON object" };
        var command = new Command("entity", "Show one entity: names, roles, articles over time, entities named with it, newest articles") { id, archive, unit, related, latest, json };
        command.SetAction(parse =>
        {
            if (!Enum.TryParse<AttentionUnit>(parse.GetValue(unit), ignoreCase: true, out var length) || !Enum.IsDefined(length))
            {
                console.Error.WriteLine($"khabar entity: unknown unit '{TerminalText.Safe(parse.GetValue(unit))}'; use day, week or month");
                return 2;
            }

            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var searcher = opened.Index.OpenSearcher();
            try
            {
                var wanted = parse.GetValue(id)!.Trim();
                if (EntityCatalog.Of(searcher.IndexReader).Get(wanted) is not { } known)
                {
                    console.Error.WriteLine($"khabar entity: no entity with id '{TerminalText.Safe(wanted)}' in {opened.Folder} (khabar entities NAME finds ids)");
                    return 1;
                }

                var (profile, error) = EntityStats.Profile(searcher, known, length, related: parse.GetValue(related), latest: parse.GetValue(latest));
                if (profile is null)
                {
                    console.Error.WriteLine($"khabar entity: {error}");
                    return 2;
                }

                var articles = profile.Latest.Select(a => (Id: a, Stored: opened.Store.Get(a))).Where(a => a.Stored is not null).Select(a => (a.Id, a.Stored!.Article)).ToList();
                console.Out.WriteLine(parse.GetValue(json) ? Json(profile, length, articles) : Human(profile, articles));
            }
            finally
            {
                searcher.IndexReader.Dispose();
            }

            return 0;
        });
        return command;
    }

    private static string Line(int rank, KnownEntity e) => $"{rank}. {Describe(e)}";

    // Name, type, articles, id and, for a seed, its English name.
    private static string Describe(KnownEntity e) =>
        $"{TerminalText.Safe(e.Name)}  {e.Type} · {e.Articles:N0} articles · {TerminalText.Safe(e.Id)}"
        + (SeedEntities.EnglishOf(e.Id) is { } english ? $" · {english}" : "");

    private static string Human(EntityProfile p, IReadOnlyList<(long Id, Model.Article Article)> articles)
    {
        var e = p.Entity;
        var lines = new List<string> { Describe(e) };
        if (e.Aliases.Count > 0)
        {
            lines.Add("names: " + string.Join("، ", e.Aliases.Take(12).Select(a => $"{TerminalText.Safe(a.Value)} ({a.Count:N0})")));
        }

        if (e.Roles.Count > 0)
        {
            lines.Add("roles: " + string.Join("، ", e.Roles.Take(8).Select(r => $"{TerminalText.Safe(r.Value)} ({r.Count:N0})")));
        }

        if (p.Mentions.Count > 0)
        {
            lines.Add("articles over time: " + string.Join(" ", p.Mentions.Where(m => m.Count > 0).Select(m => $"{m.Label}:{m.Count:N0}")));
        }

        if (p.Related.Count > 0)
        {
            lines.Add("named with: " + string.Join("، ", p.Related.Select(r => $"{TerminalText.Safe(r.Entity.Name)} ({r.Articles:N0}) [{TerminalText.Safe(r.Entity.Id)}]")));
        }

        foreach (var (id, a) in articles)
        {
            var date = a.Published is { } at ? JalaliFormat.Date(at) : "بی‌تاریخ";
            lines.Add($"   {date} · {TerminalText.Safe(a.Agency) ?? "?"} · {TerminalText.Safe(a.Title) ?? "(بی‌عنوان)"} · id {id}");
        }

        return string.Join('\n', lines);
    }

    private static string Json(KnownEntity e) => SearchOutput.Line(w => Write(w, e));

    private static void Write(System.Text.Json.Utf8JsonWriter w, KnownEntity e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type);
        w.WriteString("name", e.Name);
        w.WriteNumber("articles", e.Articles);
        w.WriteString("english", SeedEntities.EnglishOf(e.Id));
        WriteCounts(w, "aliases", e.Aliases);
        WriteCounts(w, "roles", e.Roles);
    }

    private static void WriteCounts(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<FacetCount> counts)
    {
        w.WriteStartArray(name);
        foreach (var c in counts)
        {
            w.WriteStartObject();
            w.WriteString("value", c.Value);
            w.WriteNumber("count", c.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Json(EntityProfile p, AttentionUnit unit, IReadOnlyList<(long Id, Model.Article Article)> articles) => SearchOutput.Line(w =>
    {
        Write(w, p.Entity);
        w.WriteString("unit", unit.ToString().ToLowerInvariant());
        w.WriteStartArray("mentions");
        foreach (var m in p.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("label", m.Label);
            w.WriteString("start", JsonSettings.Iso(m.Start));
            w.WriteNumber("count", m.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("related");
        foreach (var r in p.Related)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Entity.Id);
            w.WriteString("type", r.Entity.Type);
            w.WriteString("name", r.Entity.Name);
            w.WriteNumber("together", r.Articles);
            w.WriteNumber("articles", r.Entity.Articles);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("latest");
        foreach (var (id, a) in articles)
        {
            w.WriteStartObject();
            w.WriteNumber("id", id);
            w.WriteString("title", a.Title);
            w.WriteString("agency", a.Agency);
            w.WriteString("published", a.Published is { } at ? JsonSettings.Iso(at) : null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}
