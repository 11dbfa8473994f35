using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>
/// One name, one person per article: names after <c>به ریاست</c>/<c>به رهبری</c> are people, and once a
/// person is named in full, the full name and the surname are tagged as that person wherever the tagger missed them.
/// </summary>
public static class PersonPropagation
{
    private static readonly HashSet<string> LedBy = ["ریاست", "رهبری", "سرپرستی", "فرماندهی"];

    /// <summary>The fields with the added and retyped person phrases.</summary>
    public static IReadOnlyList<FieldMentions> Apply(IReadOnlyList<FieldMentions> fields, SeedIndex seeds)
    {
        var withLeaders = fields.Select(AddLeaders).ToList();
        var names = withLeaders.SelectMany(f => f.Spans.Where(s => s.Type == EntityTypes.Person).Select(s => f.Keys.Skip(s.Start).Take(s.End - s.Start).ToArray()))
            .Where(k => k.Length >= 2).ToList();
        var known = names.Select(k => string.Join(' ', k)).Concat(names.Select(k => k[^1]).Where(k => k.Length >= 3)).ToHashSet(StringComparer.Ordinal);
        return known.Count == 0 ? withLeaders : withLeaders.Select(f => Propagate(f, known, seeds)).ToList();
    }

    private static FieldMentions AddLeaders(FieldMentions f)
    {
        var spans = f.Spans.ToList();
        for (var i = 1; i + 1 < f.Keys.Count; i++)
        {
            if (f.Keys[i - 1] != "به" || !LedBy.Contains(f.Keys[i]) || Covered(spans, i + 1))
            {
                continue;
            }

            var end = i + 1;
            while (end < f.Keys.Count && end - i <= 3 && f.Tokens[end].Text.All(char.IsLetter) && !RoleWords.Stops.Contains(f.Keys[end])
                   && !RoleWords.Heads.Contains(f.Keys[end]) && !Covered(spans, end))
            {
                end++;
            }

            if (end - i >= 2)
            {
                spans.Add(new TagSpan(EntityTypes.Person, i + 1, end));
            }
        }

        return f with { Spans = spans.OrderBy(s => s.Start).ToList() };
    }

    private static FieldMentions Propagate(FieldMentions f, HashSet<string> known, SeedIndex seeds)
    {
        var spans = f.Spans.Select(s => s.Type != EntityTypes.Person && known.Contains(string.Join(' ', f.Keys.Skip(s.Start).Take(s.End - s.Start)))
            && seeds.Find(f.TextOf(s.Start, s.End), s.Type) is null ? s with { Type = EntityTypes.Person } : s).ToList();
        // Spans added below lie before the token being looked at, so the coverage of the tagged spans is all it needs.
        var covered = new bool[f.Keys.Count];
        foreach (var s in spans)
        {
            covered.AsSpan(s.Start, s.End - s.Start).Fill(true);
        }

        var firstWords = known.Where(k => k.Contains(' ')).Select(k => k[..k.IndexOf(' ')]).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < f.Keys.Count; i++)
        {
            if (covered[i])
            {
                continue;
            }

            var key = f.Keys[i];
            var length = i + 1 < f.Keys.Count && !covered[i + 1] && (firstWords.Contains(key) || key.Contains(' '))
                && known.Contains(key + " " + f.Keys[i + 1]) ? 2
                : known.Contains(key) ? 1 : 0;
            if (length > 0)
            {
                spans.Add(new TagSpan(EntityTypes.Person, i, i + length));
                i += length - 1;
            }
        }

        return f with { Spans = spans.OrderBy(s => s.Start).ToList() };
    }

    private static bool Covered(List<TagSpan> spans, int i) => spans.Any(s => s.Start <= i && i < s.End);
}
