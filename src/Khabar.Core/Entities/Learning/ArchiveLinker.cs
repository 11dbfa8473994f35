using Khabar.Entities.Linking;
using Khabar.Entities.Ner;
using Khabar.Model;

namespace Khabar.Entities.Learning;

/// <summary>
/// Links an article's bare names to the entities the archive has learned: a person named only by surname
/// (<c>per:هنیه</c>) or an organisation by a shorter name, when <see cref="LearnedNames.Resolve"/> finds one clear
/// owner, takes that entity's id and name. A one-word "person" that is the name of a known country, place or
/// organisation (<c>کامرون</c>, <c>ناسا</c>) is a tagging slip, never a surname, and stays as it is. A pure function of
/// the article and the knowledge given.
/// </summary>
public static class ArchiveLinker
{
    private static readonly SeedIndex Known = new(SeedEntities.BuiltIn);

    /// <summary>The article with its bare names linked; the same instance when nothing changes.</summary>
    public static Article Link(Article article, LearnedNames learned)
    {
        var mentions = Link(article.Entities, learned);
        return ReferenceEquals(mentions, article.Entities) ? article : article with { Entities = mentions };
    }

    /// <summary>The mentions with their bare names linked; the same list when nothing changes.</summary>
    public static IReadOnlyList<EntityMention> Link(IReadOnlyList<EntityMention> mentions, LearnedNames learned)
    {
        Dictionary<string, LearnedEntity?>? resolved = null;
        List<EntityMention>? changed = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!IsBare(m))
            {
                continue;
            }

            resolved ??= new(StringComparer.Ordinal);
            if (!resolved.TryGetValue(m.CanonicalId, out var entity))
            {
                resolved[m.CanonicalId] = entity = learned.Resolve(m.CanonicalId, m.Type);
            }

            if (entity is not null)
            {
                changed ??= [.. mentions];
                changed[i] = m with { CanonicalId = entity.Id, CanonicalName = entity.Name };
            }
        }

        return changed ?? mentions;
    }

    /// <summary>
    /// The article linked afresh: its phrases as the article alone links them, then linked with
    /// <paramref name="learned"/>; the same instance when that changes nothing. The article alone is asked of the
    /// linker (<see cref="StoredMentions.AsLinkedNow"/>, which knows the words around a name: <c>نفت</c> after
    /// <c>وزیر</c> is the ministry) when <paramref name="asThisVersion"/> (a reindex, for archives an earlier version
    /// linked) or when an earlier linking made links to take back (mentions of an entity the article never writes
    /// whole); <see cref="Unlink"/> judges from the names alone when the phrases no longer fit the text.
    /// </summary>
    public static Article Relink(Article article, LearnedNames learned, bool asThisVersion = false)
    {
        var own = Unlink(article.Entities);
        if (asThisVersion || !ReferenceEquals(own, article.Entities))
        {
            own = StoredMentions.AsLinkedNow(article) ?? own;
        }

        var mentions = Link(own, learned);
        return mentions.SequenceEqual(article.Entities) ? article : article with { Entities = mentions };
    }

    /// <summary>
    /// The mentions as the article alone links them: the mentions of a person or organisation that no mention of the
    /// article writes whole take, as the article's linker gave them, the id and name of the longest of them that
    /// contains their words (the first such, in reading order).
    /// </summary>
    public static IReadOnlyList<EntityMention> Unlink(IReadOnlyList<EntityMention> mentions)
    {
        List<EntityMention>? unlinked = null;
        foreach (var group in mentions.Select((m, i) => (m, i)).Where(x => x.m.English is null && x.m.Type is EntityTypes.Person or EntityTypes.Organisation)
            .GroupBy(x => (x.m.CanonicalId, x.m.Type)))
        {
            if (!TaughtEntity.KeysOf(group.Key.CanonicalId, group.Key.Type, out _) || TaughtEntity.Writes(group.Select(x => x.m), group.Key.CanonicalId))
            {
                continue;
            }

            var written = group.Select(x => Written(x.i, x.m)).ToList();
            foreach (var (i, _, keys, _) in written)
            {
                var (_, longest, _, name) = written.Where(w => NameKeys.Contains(w.Keys, keys)).OrderByDescending(w => w.Keys.Length).ThenBy(w => w.I).First();
                unlinked ??= [.. mentions];
                unlinked[i] = unlinked[i] with { CanonicalId = longest, CanonicalName = name };
            }
        }

        return unlinked ?? mentions;
    }

    // A mention as the article alone would name it: the id of its own words, and those words' keys.
    private static (int I, string Id, string[] Keys, string Text) Written(int i, EntityMention mention)
    {
        var id = TaughtEntity.WouldBe(mention.Text, mention.Type);
        TaughtEntity.KeysOf(id, mention.Type, out var keys);
        return (i, id, keys, mention.Text);
    }

    // A person's one-word name (not a known entity's name) or any organisation's own name, not a seed: what a
    // learned entity may own.
    private static bool IsBare(EntityMention m) =>
        m.English is null && m.Type is EntityTypes.Person or EntityTypes.Organisation
        && TaughtEntity.KeysOf(m.CanonicalId, m.Type, out var keys)
        && (m.Type == EntityTypes.Organisation || (keys.Length == 1 && !Known.Knows(m.Text)));
}
