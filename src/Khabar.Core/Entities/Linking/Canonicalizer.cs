using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>
/// Turns the phrases of an article's fields into linked mentions: seed entities by name, then every other
/// name merged into the longest name of the same type that contains it (<c>هنیه</c> → <c>اسماعیل هنیه</c>).
/// </summary>
public sealed class Canonicalizer(SeedIndex seeds)
{
    private static readonly HashSet<string> GenericHeads = ["جنبش", "گروه", "گروهک", "شهر", "کشور", "باشگاه", "تیم", "رژیم", "استان"];

    // A delegation or board of an organisation (هیئت جهاد اسلامی), whichever way هیئت is spelled: the organisation,
    // when it is one; a province's sports board (هیئت قم, هیئت فارس) is neither the province nor the agency.
    private static readonly HashSet<string> DelegationHeads = new[] { "هیئت", "هیأت", "هیات" }.Select(TokenText.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The seed entities this linker knows.</summary>
    public SeedIndex Seeds => seeds;

    /// <summary>
    /// The linked mentions of the fields, in reading order, with roles; dates linked to the period they name, counted
    /// from <paramref name="published"/> where they count from the day of publication (<see cref="DateLinks"/>).
    /// </summary>
    public IReadOnlyList<EntityMention> Link(IReadOnlyList<FieldMentions> fields, DateTimeOffset? published = null)
    {
        var acronyms = Acronyms.Find(fields, seeds);
        fields = WithShortNames(fields, acronyms);
        // A person's titles are not part of the name; a title alone (حجت‌الاسلام) names no one.
        var found = fields
            .SelectMany((f, at) => f.Spans.Select(s => (Field: f, Span: s, At: at,
                Titles: s.Type == EntityTypes.Person ? NameKeys.TitleTokens(f.TokenTexts(s.Start, s.End)) : 0)))
            .Where(m => m.Titles < m.Span.End - m.Span.Start).ToList();
        var names = found.Select(m => Ministry(m.Field, m.Span, (m.Span.Type, Keys: NameKeys.Of(m.Field.TokenTexts(m.Span.Start + m.Titles, m.Span.End), m.Span.Type),
            Text: m.Field.TextOf(m.Span.Start, m.Span.End), Name: m.Field.TextOf(m.Span.Start + m.Titles, m.Span.End)))).ToList();
        var seeded = names.Select(n => Seed(n.Name, n.Keys, n.Type)).ToList();
        var mentions = new List<EntityMention>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (field, span, _, _) = found[i];
            var (type, keys, text, _) = names[i];
            // A name the article writes in a longer form is that form's entity (i itself when none is longer).
            var longest = seeded[i] is null ? Longest(names, seeded, i) : i;
            var (start, end) = (field.Tokens[span.Start].Start, field.Tokens[span.End - 1].End);
            EntityMention mention;
            if (seeded[longest] is { } seed)
            {
                // A product the tagger took for a person, organisation or place, or an organisation it took for a
                // person, takes the seed's type (Compatible keeps the mention's: ایران as an organisation is the state).
                type = seed.Type is EntityTypes.Product || (seed.Type == EntityTypes.Organisation && type == EntityTypes.Person) ? seed.Type : type;
                mention = new EntityMention(text, type, field.Field, start, end, seed.Id, seed.Name) { English = seed.English };
            }
            else
            {
                mention = new EntityMention(text, type, field.Field, start, end, type.ToLowerInvariant() + ":" + string.Join('_', names[longest].Keys), names[longest].Name);
            }

            if (type == EntityTypes.Person)
            {
                var before = mentions;
                mention = mention with { Role = RoleReader.Read(field, span, t => before.LastOrDefault(m => m.Type == t)?.CanonicalName) };
            }

            mentions.Add(mention);
        }

        return DateLinks.Apply(acronyms.Count == 0 ? mentions : LinkShortNames(mentions, found.Select(m => (m.At, m.Span)).ToList(), names.Select(n => n.Keys).ToList(), acronyms), published);
    }

    /// <summary>
    /// An organisation named after <c>وزیر</c> (or <c>وزیر امور</c>) without its head is the ministry:
    /// <c>وزیر امور خارجه آمریکا</c> names <c>وزارت امور خارجه آمریکا</c>, whether the tagger took in
    /// <c>امور خارجه آمریکا</c> or <c>خارجه آمریکا</c>. The text stays as written. A name that starts with a word
    /// about the minister (<c>وزیر جوان</c>: the newspaper Javan is an organisation too) is left as it is.
    /// </summary>
    internal static (string Type, string[] Keys, string Text, string Name) Ministry(FieldMentions field, TagSpan span, (string Type, string[] Keys, string Text, string Name) name)
    {
        if (name.Type != EntityTypes.Organisation || name.Keys.Length == 0 || name.Keys[0] is MinistryKey or Minister || MinisterWords.Contains(name.Keys[0]))
        {
            return name;
        }

        var before = span.Start > 0 ? field.Keys[span.Start - 1] : null;
        var head = before == Minister ? MinistryHeads[0]
            : before == Affairs && span.Start > 1 && field.Keys[span.Start - 2] == Minister && name.Keys[0] != Affairs ? MinistryHeads[1]
            : null;
        return head is null ? name : name with { Keys = [.. head, .. name.Keys], Name = string.Join(' ', head) + " " + name.Name };
    }

    /// <summary>Whether <paramref name="id"/> is the ministry <see cref="Ministry"/> makes of the organisation written as <paramref name="written"/>.</summary>
    internal static bool IsMinistryOf(string id, string written)
    {
        const string prefix = "org:";
        if (!written.StartsWith(prefix, StringComparison.Ordinal) || !id.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var own = written[prefix.Length..];
        return MinistryHeads.Any(head => id == prefix + string.Join('_', head) + "_" + own);
    }

    private const string Minister = "وزیر";

    // Words that say which minister rather than which ministry (وزیر جوان, وزیر اسبق بهداشت).
    private static readonly HashSet<string> MinisterWords = ["جوان", "اسبق", "سابق", "پیشین", "جدید", "وقت", "کنونی", "فعلی", "زن", "مستعفی"];
    private const string MinistryKey = "وزارت";
    private const string Affairs = "امور";

    // The words a ministry's name gains before what the tagger took in: after وزیر, and after وزیر امور.
    private static readonly string[][] MinistryHeads = [[MinistryKey], [MinistryKey, Affairs]];

    // The short name alone (صمت), or after a word of the full name (وزارت صمت).
    private static bool Names(string[] keys, string shortName, string[] full) =>
        keys is [var only] ? only == shortName : keys is [var head, var last] && last == shortName && full.Contains(head);

    // A short name the tagger left untagged becomes a mention of its organisation where the article defines it.
    private static IReadOnlyList<FieldMentions> WithShortNames(IReadOnlyList<FieldMentions> fields, IReadOnlyList<Acronym> acronyms) =>
        acronyms.Count == 0 ? fields : fields.Select((field, f) =>
        {
            var added = acronyms.Where(a => a.Field == f && !field.Spans.Any(s => s.Start <= a.Token && a.Token < s.End))
                .Select(a => new TagSpan(EntityTypes.Organisation, a.Token, a.Token + 1)).ToList();
            return added.Count == 0 ? field : field with { Spans = [.. field.Spans.Concat(added).OrderBy(s => s.Start)] };
        }).ToList();

    // Every organisation mention of a defined short name takes its full name's entity; a short name that is a seed
    // entity (ایسنا) gives its seed to the full name and everything linked to it.
    private static List<EntityMention> LinkShortNames(List<EntityMention> mentions, List<(int Field, TagSpan Span)> at, List<string[]> keys, IReadOnlyList<Acronym> acronyms)
    {
        foreach (var acronym in acronyms)
        {
            var full = at.IndexOf((acronym.Field, acronym.Full));
            var own = at.IndexOf((acronym.Field, new TagSpan(EntityTypes.Organisation, acronym.Token, acronym.Token + 1)));
            if (full < 0 || own < 0)
            {
                continue;
            }

            var target = mentions[full].English is null && mentions[own].English is not null ? mentions[own] : mentions[full];
            var linked = new HashSet<string>(StringComparer.Ordinal) { mentions[full].CanonicalId };
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Type == EntityTypes.Organisation && (linked.Contains(m.CanonicalId) || Names(keys[i], acronym.Key, keys[full])))
                {
                    mentions[i] = m with { CanonicalId = target.CanonicalId, CanonicalName = target.CanonicalName, English = target.English };
                }
            }
        }

        return mentions;
    }

    // The longest name of the same type that contains name i (the first such, of equal lengths): i itself at least.
    // Only a person's name may be a seed's (خمینی and امام after امام خمینی are Khomeini); an organisation or place
    // named in full by a seed keeps its parts apart (جمهوری اسلامی in جمهوری اسلامی ایران).
    private static int Longest(List<(string Type, string[] Keys, string Text, string Name)> names, List<SeedEntity?> seeded, int i)
    {
        var (type, keys, _, _) = names[i];
        var longest = -1;
        for (var j = 0; j < names.Count; j++)
        {
            if ((seeded[j] is null || (type == EntityTypes.Person && seeded[j]!.Type == EntityTypes.Person)) && names[j].Type == type && (longest < 0 || names[j].Keys.Length > names[longest].Keys.Length) && NameKeys.Contains(names[j].Keys, keys))
            {
                longest = j;
            }
        }

        return longest;
    }

    // A seed by the name as written, by its id's keys (without a club's head: تیم فوتبال پرسپولیس is پرسپولیس), or
    // after a generic head (جنبش حماس) or, for an organisation, a delegation's (هیئت جهاد اسلامی).
    private SeedEntity? Seed(string text, string[] keys, string type) =>
        seeds.Find(text, type) ?? seeds.FindKeys(keys, type)
        ?? (keys.Length > 1 && GenericHeads.Contains(keys[0]) ? seeds.Find(text[(text.IndexOf(' ') + 1)..], type) : null)
        ?? (keys.Length > 1 && type == EntityTypes.Organisation && DelegationHeads.Contains(keys[0])
            ? Body(seeds.OfType(text[(text.IndexOf(' ') + 1)..], EntityTypes.Organisation)) : null)
        ?? seeds.OfType(text, EntityTypes.Product) ?? (type == EntityTypes.Person ? NeverPerson(seeds.OfType(text, EntityTypes.Organisation), keys) : null);

    // An organisation proper, not an agency: هیئت فارس is the province's sports board, not Fars News.
    private static SeedEntity? Body(SeedEntity? seed) => seed is { IsOrganisationProper: true } ? seed : null;

    // An organisation seed a "person" of its name is: not an agency named in one word, since those are also given
    // names (برنا, تسنیم); an agency of several words is (دیلی میل).
    private static SeedEntity? NeverPerson(SeedEntity? seed, string[] keys) =>
        seed is { IsOrganisationProper: true } || (keys.Length > 1 && seed is { IsAgency: true }) ? seed : null;
}
