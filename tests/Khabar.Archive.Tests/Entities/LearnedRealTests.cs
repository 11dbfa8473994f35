using Khabar.Entities.Learning;
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
    public void Bare_surnames_link_only_to_a_full_name_an_earlier_article_wrote()
    {
        var stored = real.Stored().OrderBy(s => s.Id).ToList();
        var firstWritten = new Dictionary<string, long>(StringComparer.Ordinal);
        var linked = 0;
        foreach (var s in stored)
        {
            foreach (var group in s.Article.Entities.Where(e => e.Type == EntityTypes.Person && e.English is null).GroupBy(e => e.CanonicalId))
            {
                var full = group.Any(m => TaughtEntity.WouldBe(m.Text, m.Type) == group.Key);
                if (full)
                {
                    firstWritten.TryAdd(group.Key, s.Id);
                    continue;
                }

                // Every mention of a person the article never names in full is a bare word, linked to a name seen before.
                if (TaughtEntity.KeysOf(group.Key, EntityTypes.Person, out var keys) && keys.Length > 1
                    && group.All(m => TaughtEntity.WouldBe(m.Text, m.Type).Split(':')[1].Split('_') is [var word] && keys.Contains(word)))
                {
                    Assert.True(firstWritten.TryGetValue(group.Key, out var at) && at < s.Id, $"{s.Id}: {group.Key} linked before any article named it");
                    linked++;
                }
            }
        }

        Assert.True(linked > 0, "no bare surname in the real articles was linked to a full name");
    }

    [SkippableFact]
    public void No_full_name_is_merged_into_another()
    {
        foreach (var mention in real.Stored().SelectMany(s => s.Article.Entities).Where(e => e.Type == EntityTypes.Person && e.English is null))
        {
            var written = TaughtEntity.WouldBe(mention.Text, mention.Type).Split(':')[1].Split('_');
            Assert.True(TaughtEntity.KeysOf(mention.CanonicalId, mention.Type, out var keys), mention.CanonicalId);
            Assert.True(Enumerable.Range(0, keys.Length - written.Length + 1).Any(i => keys.Skip(i).Take(written.Length).SequenceEqual(written)),
                $"«{mention.Text}» linked to {mention.CanonicalId}");
        }
    }
}
