using Khabar.Entities.Ner;
using Khabar.Model;

namespace Khabar.Entities.Linking;

/// <summary>
/// An article's stored mentions linked again as this version links the same phrases, without tagging again: the
/// seeds, ids, in-article links and roles the linker gives now (a seed added since, an id rule changed since), for
/// archives made by an earlier version. A pure function of the article; nothing when their phrases no longer fall on
/// the field's tokens.
/// </summary>
public static class StoredMentions
{
    private static readonly Lazy<Canonicalizer> Linker = new(() => new Canonicalizer(new SeedIndex(SeedEntities.WithShippedModel)));

    /// <summary>
    /// The stored phrases as this version's linker links them in the article alone (seeds, in-article links, a
    /// ministry named after its minister, the period a date names, roles; nothing the archive learned), or null when a
    /// phrase no longer falls on its field's tokens.
    /// </summary>
    public static IReadOnlyList<EntityMention>? AsLinkedNow(Article article)
    {
        var stored = article.Entities;
        if (stored.Count == 0)
        {
            return stored;
        }

        var fields = new List<FieldMentions>();
        var placed = 0;
        foreach (var (name, text) in EntityStage.Fields(article))
        {
            var tokens = NerTokenizer.Tokenize(text);
            var starts = new Dictionary<int, int>();
            var ends = new Dictionary<int, int>();
            for (var i = 0; i < tokens.Count; i++)
            {
                starts[tokens[i].Start] = i;
                ends[tokens[i].End] = i + 1;
            }

            var spans = new List<TagSpan>();
            foreach (var m in stored)
            {
                if (m.Field != name)
                {
                    continue;
                }

                if (!starts.TryGetValue(m.Start, out var start) || !ends.TryGetValue(m.End, out var end) || end <= start)
                {
                    return null;
                }

                spans.Add(new TagSpan(m.Type, start, end));
            }

            placed += spans.Count;
            fields.Add(new FieldMentions(name, text, tokens, [.. tokens.Select(t => TokenText.Key(t.Text))], [.. spans.OrderBy(s => s.Start)]));
        }

        if (placed != stored.Count)
        {
            return null;
        }

        var linked = Linker.Value.Link(fields, article.Published);
        return linked.Count == stored.Count && linked.Zip(stored).All(p => p.First.Field == p.Second.Field && p.First.Start == p.Second.Start && p.First.End == p.Second.End)
            ? linked
            : null;
    }
}
