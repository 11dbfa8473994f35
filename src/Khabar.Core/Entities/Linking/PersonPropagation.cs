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
        var withLeaders = new List<FieldMentions>(fields.Count);
        var known = new HashSet<string>(StringComparer.Ordinal);
        var surnames = new List<string>();
        foreach (var field in fields)
        {
            var f = AddLeaders(field);
            withLeaders.Add(f);
            foreach (var s in f.Spans)
            {
                if (s.Type == EntityTypes.Person && s.End - s.Start >= 2)
                {
                    known.Add(f.NameOf(s.Start, s.End));
                    surnames.Add(f.Keys[s.End - 1]);
                }
            }
        }

        foreach (var surname in surnames)
        {
            if (surname.Length >= 3)
            {
                known.Add(surname);
            }
        }

        if (known.Count == 0)
        {
            return withLeaders;
        }

        var firstWords = known.Where(k => k.Contains(' ')).Select(k => k[..k.IndexOf(' ')]).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < withLeaders.Count; i++)
        {
            withLeaders[i] = Propagate(withLeaders[i], known, firstWords, seeds);
        }

        return withLeaders;
    }

    private static FieldMentions AddLeaders(FieldMentions f)
    {
        List<TagSpan>? spans = null;
        for (var i = 1; i + 1 < f.Keys.Count; i++)
        {
            if (f.Keys[i - 1] != "به" || !LedBy.Contains(f.Keys[i]) || Covered(spans ?? f.Spans, i + 1))
            {
                continue;
            }

            var end = i + 1;
            while (end < f.Keys.Count && end - i <= 3 && f.Tokens[end].Text.All(char.IsLetter) && !RoleWords.Stops.Contains(f.Keys[end])
                   && !RoleWords.Heads.Contains(f.Keys[end]) && !Covered(spans ?? f.Spans, end))
            {
                end++;
            }

            if (end - i >= 2)
            {
                spans ??= [.. f.Spans];
                spans.Add(new TagSpan(EntityTypes.Person, i + 1, end));
            }
        }

        return spans is null && InOrder(f.Spans) ? f : f with { Spans = Ordered(spans ?? f.Spans) };
    }

    private static FieldMentions Propagate(FieldMentions f, HashSet<string> known, HashSet<string> firstWords, SeedIndex seeds)
    {
        var spans = new List<TagSpan>(f.Spans.Count);
        foreach (var s in f.Spans)
        {
            spans.Add(s.Type != EntityTypes.Person && known.Contains(f.NameOf(s.Start, s.End)) && seeds.Find(f.TextOf(s.Start, s.End), s.Type) is null
                ? s with { Type = EntityTypes.Person } : s);
        }

        // Spans added below lie before the token being looked at, so the coverage of the tagged spans is all it needs.
        var covered = new bool[f.Keys.Count];
        foreach (var s in spans)
        {
            covered.AsSpan(s.Start, s.End - s.Start).Fill(true);
        }

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

        return f with { Spans = InOrder(spans) ? spans : Ordered(spans) };
    }

    // In order of their first token, as OrderBy gives them (a stable sort, so spans already in order stay as they are).
    private static List<TagSpan> Ordered(IEnumerable<TagSpan> spans) => spans.OrderBy(s => s.Start).ToList();

    private static bool InOrder(IReadOnlyList<TagSpan> spans)
    {
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start < spans[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covered(IReadOnlyList<TagSpan> spans, int i)
    {
        foreach (var s in spans)
        {
            if (s.Start <= i && i < s.End)
            {
                return true;
            }
        }

        return false;
    }
}
