using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>
/// Turns the phrases of an article's fields into linked mentions: seed entities by name, then every other
/// name merged into the longest name of the same type that contains it (<c>هنیه</c> → <c>اسماعیل هنیه</c>).
/// </summary>
public sealed class Canonicalizer(SeedIndex seeds)
{
    private static readonly HashSet<string> GenericHeads = ["جنبش", "گروه", "گروهک", "شهر", "کشور", "باشگاه", "تیم", "رژیم", "استان"];

    /// <summary>The seed entities this linker knows.</summary>
    public SeedIndex Seeds => seeds;

    /// <summary>The linked mentions of the fields, in reading order, with roles.</summary>
    public IReadOnlyList<EntityMention> Link(IReadOnlyList<FieldMentions> fields)
    {
        var found = fields.SelectMany(f => f.Spans.Select(s => (Field: f, Span: s))).ToList();
        var names = found.Select(m => (m.Span.Type, Keys: m.Field.Keys.Skip(m.Span.Start).Take(m.Span.End - m.Span.Start).ToArray(),
            Text: m.Field.TextOf(m.Span.Start, m.Span.End))).ToList();
        var seeded = names.Select(n => Seed(n.Text, n.Keys, n.Type)).ToList();
        var mentions = new List<EntityMention>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (field, span) = found[i];
            var (type, keys, text) = names[i];
            EntityMention mention;
            if (seeded[i] is { } seed)
            {
                mention = new EntityMention(text, type, field.Field, field.Tokens[span.Start].Start, field.Tokens[span.End - 1].End, seed.Id, seed.Name) { English = seed.English };
            }
            else
            {
                var longest = Enumerable.Range(0, names.Count).Where(j => seeded[j] is null && names[j].Type == type && Contains(names[j].Keys, keys))
                    .OrderByDescending(j => names[j].Keys.Length).ThenBy(j => j).First();
                var canonical = names[longest].Text;
                mention = new EntityMention(text, type, field.Field, field.Tokens[span.Start].Start, field.Tokens[span.End - 1].End,
                    type.ToLowerInvariant() + ":" + string.Join('_', names[longest].Keys), canonical);
            }

            if (type == EntityTypes.Person)
            {
                var before = mentions;
                mention = mention with { Role = RoleReader.Read(field, span, t => before.LastOrDefault(m => m.Type == t)?.CanonicalName) };
            }

            mentions.Add(mention);
        }

        return mentions;
    }

    private SeedEntity? Seed(string text, string[] keys, string type) =>
        seeds.Find(text, type) ?? (keys.Length > 1 && GenericHeads.Contains(keys[0]) ? seeds.Find(text[(text.IndexOf(' ') + 1)..], type) : null);

    private static bool Contains(string[] longer, string[] shorter)
    {
        for (var i = 0; i + shorter.Length <= longer.Length; i++)
        {
            if (longer.AsSpan(i, shorter.Length).SequenceEqual(shorter))
            {
                return true;
            }
        }

        return false;
    }
}
