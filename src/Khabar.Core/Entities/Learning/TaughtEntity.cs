using Khabar.Entities.Ner;

namespace Khabar.Entities.Learning;

/// <summary>
/// What one article teaches the archive about one of its entities (a person of two words or more, or an organisation
/// the article also wrote shorter; named by its own longest name, written whole in the article, not a seed): its id, type and name; its short forms,
/// each as the id it would have alone (<c>per:هنیه</c> for <c>per:اسماعیل_هنیه</c>); and, for a person, the id of the
/// given name alone (<c>per:اسماعیل</c>), which counts against reading that bare word as this person's surname.
/// </summary>
public sealed record TaughtEntity(string Id, string Type, string Name, IReadOnlyList<string> Short, string? Given)
{
    /// <summary>The shortest surname (in letters) learned as a short form; shorter bare words are too often not names.</summary>
    public const int MinSurname = 3;

    /// <summary>The entities an article's linked mentions teach, once each, in order of first mention.</summary>
    public static IReadOnlyList<TaughtEntity> Of(IReadOnlyList<EntityMention> mentions)
    {
        var taught = new List<TaughtEntity>();
        foreach (var group in mentions.GroupBy(m => m.CanonicalId, StringComparer.Ordinal))
        {
            var first = group.First();

            // One-word names are what gets linked, never what is linked to; and only an article that writes the
            // full name teaches it, so the archive's own links (a bare surname it linked) are never evidence for them.
            if (first.Type is not (EntityTypes.Person or EntityTypes.Organisation) || group.Any(m => m.English is not null)
                || !KeysOf(group.Key, first.Type, out var keys) || keys.Length < 2 || !Writes(group, group.Key))
            {
                continue;
            }

            if (first.Type == EntityTypes.Person)
            {
                var (surname, given) = PersonForms(keys);
                taught.Add(new TaughtEntity(group.Key, first.Type, first.CanonicalName, surname is null ? [] : [surname], given));
                continue;
            }

            // An organisation teaches only where the article also wrote it shorter.
            var shorter = group.Where(m => m.Text != m.CanonicalName).Select(m => WouldBe(m.Text, m.Type))
                .Where(id => id != group.Key && id.Length > first.Type.Length + 1)
                .Distinct(StringComparer.Ordinal).ToList();
            if (shorter.Count > 0)
            {
                taught.Add(new TaughtEntity(group.Key, first.Type, first.CanonicalName, shorter, null));
            }
        }

        return taught;
    }

    /// <summary>
    /// A full person name's forms, which follow from its keys alone: the surname (its last word, when long enough)
    /// and the given name (its first word), each as the id it would have alone.
    /// </summary>
    public static (string? Surname, string Given) PersonForms(string[] keys) =>
        (keys[^1].Length >= MinSurname ? IdOf(EntityTypes.Person, keys[^1..]) : null, IdOf(EntityTypes.Person, keys[..1]));

    /// <summary>
    /// Whether one of the mentions is written as the entity's whole name (not only a part the archive linked to it),
    /// counting a ministry named after its minister (<c>وزیر امور خارجه</c>) as written.
    /// </summary>
    public static bool Writes(IEnumerable<EntityMention> mentions, string id) => mentions.Any(m => WouldBe(m.Text, m.Type) is var written
        && (written == id || Linking.Canonicalizer.IsMinistryOf(id, written)));

    /// <summary>The id a name of this type gets in an article where nothing longer contains it (<c>per:اسماعیل_هنیه</c>).</summary>
    public static string WouldBe(string name, string type) =>
        IdOf(type, Linking.NameKeys.Of(NerTokenizer.Tokenize(name).Select(t => t.Text).ToList(), type));

    /// <summary>The token keys of an id made from a name (<c>per:a_b</c> → a, b); false for seed ids and other ids.</summary>
    public static bool KeysOf(string id, string type, out string[] keys)
    {
        var prefix = type.ToLowerInvariant();
        if (id.Length > prefix.Length + 1 && id.StartsWith(prefix, StringComparison.Ordinal) && id[prefix.Length] == ':')
        {
            keys = id[(prefix.Length + 1)..].Split('_');
            return keys.All(k => k.Length > 0);
        }

        keys = [];
        return false;
    }

    private static string IdOf(string type, ReadOnlySpan<string> keys) => type.ToLowerInvariant() + ":" + string.Join('_', keys);
}
