using Khabar.Entities.Ner;
using Khabar.Model;

namespace Khabar.Entities.Learning;

/// <summary>
/// Links an article's bare names to the entities the archive has learned: a person named only by surname
/// (<c>per:هنیه</c>) or an organisation by a shorter name, when <see cref="LearnedNames.Resolve"/> finds one clear
/// owner, takes that entity's id and name. A pure function of the article and the knowledge given.
/// </summary>
public static class ArchiveLinker
{
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

    // A person's one-word name or any organisation's own name, not a seed: what a learned entity may own.
    private static bool IsBare(EntityMention m) =>
        m.English is null && m.Type is EntityTypes.Person or EntityTypes.Organisation
        && TaughtEntity.KeysOf(m.CanonicalId, m.Type, out var keys) && (m.Type == EntityTypes.Organisation || keys.Length == 1);
}
