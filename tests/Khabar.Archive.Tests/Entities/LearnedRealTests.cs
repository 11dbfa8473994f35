using Khabar.Entities.Learning;
using Khabar.Entities.Linking;
using Khabar.Entities.Ner;

namespace Khabar.Archive.Tests.Entities;

/// <summary>What the archive learns from real articles (AsrIran, Fars and the samples), checked against the store.</summary>
public sealed class LearnedRealTests(EntityArchive real) : IClassFixture<EntityArchive>
{
    [SkippableFact]
    public void The_learned_tables_hold_exactly_what_the_stored_articles_teach()
    {
        var archive = real.Archive;
        LearnedEntityTests.Same(LearnedEntityTests.Recomputed(archive.Store), LearnedEntityTests.Rows(archive.Store.ReadLearned()));
        Assert.True(archive.Store.ReadLearned().Entities.Count(e => e.Type == "PER") > 100);
    }

    [SkippableFact]
    public void Bare_surnames_link_only_to_a_full_name_a_stored_article_wrote()
    {
        var stored = real.Stored().ToList();
        var groups = stored.SelectMany(s => s.Article.Entities.Where(e => e.Type == EntityTypes.Person && e.English is null)
            .GroupBy(e => e.CanonicalId).Select(g => (s.Id, g.Key, Mentions: g.ToList()))).ToList();
        var written = groups.Where(g => g.Mentions.Any(m => TaughtEntity.WouldBe(m.Text, m.Type) == g.Key)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var linked = 0;
        foreach (var (id, key, mentions) in groups)
        {
            // Every mention of a person the article never names in full is a bare word, linked to a name an article wrote.
            if (!written.Contains(key) || mentions.Any(m => TaughtEntity.WouldBe(m.Text, m.Type) == key))
            {
                continue;
            }

            Assert.True(TaughtEntity.KeysOf(key, EntityTypes.Person, out var keys) && keys.Length > 1, $"{id}: {key}");
            Assert.All(mentions, m => Assert.True(TaughtEntity.WouldBe(m.Text, m.Type).Split(':')[1].Split('_') is [var word] && keys.Contains(word),
                $"{id}: «{m.Text}» linked to {key}"));
            linked++;
        }

        Assert.True(linked > 0, "no bare surname in the real articles was linked to a full name");
    }

    [SkippableFact]
    public void No_stored_bare_name_is_left_that_what_the_archive_learned_would_link()
    {
        var learned = real.Archive.Store.Learned;
        var left = real.Stored().Where(s => !ReferenceEquals(ArchiveLinker.Link(s.Article.Entities, learned), s.Article.Entities))
            .Select(s => $"{s.Id}: {string.Join(", ", s.Article.Entities.Select(e => e.CanonicalId).Distinct())}").ToList();

        Assert.Empty(left);
    }

    [SkippableFact]
    public void No_full_name_is_merged_into_another()
    {
        foreach (var mention in real.Stored().SelectMany(s => s.Article.Entities).Where(e => e.Type == EntityTypes.Person && e.English is null))
        {
            var written = TaughtEntity.WouldBe(mention.Text, mention.Type).Split(':')[1].Split('_');
            Assert.True(TaughtEntity.KeysOf(mention.CanonicalId, mention.Type, out var keys), mention.CanonicalId);
            // Its words, however spaced, are a run of the entity's words (ناصر پور in پویا ناصرپور).
            Assert.True(NameKeys.Contains(keys, written), $"«{mention.Text}» linked to {mention.CanonicalId}");
        }
    }
}
