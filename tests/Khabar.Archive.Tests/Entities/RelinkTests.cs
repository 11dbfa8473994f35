using Khabar.Archive.Relinking;
using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Khabar.Entities.Learning;
using Khabar.Testing;

namespace Khabar.Archive.Tests.Entities;

/// <summary>
/// Relinking a real archive (AsrIran and Fars records) with the names it has learned, whole and stopped part-way; the
/// archive is ingested without the ingest's own relinking (<c>--no-relink</c>), as one made before it was.
/// </summary>
public sealed class RelinkTests
{
    private static TempArchive Ingested()
    {
        var temp = new TempArchive();
        temp.Ingest(
            relink: false,
            Repo.Shared("data", "news", "arefee-asriran-fars-raw", "asrirandata.jsonl"),
            Repo.Shared("data", "news", "arefee-asriran-fars-raw", "farsnewsdata.jsonl"));
        return temp;
    }

    private static Dictionary<long, StoredArticle> Stored(KhabarArchive archive) => archive.Store.ChangedSince(0).ToDictionary(s => s.Id);

    // The store agrees with itself and the index with the store, and relinking again would change nothing.
    private static void Consistent(KhabarArchive archive)
    {
        var stored = Stored(archive);
        LearnedEntityTests.Same(LearnedEntityTests.Recomputed(archive.Store), LearnedEntityTests.Rows(archive.Store.ReadLearned()));
        Assert.Equal(stored.Count, archive.Index.Count);
        var named = stored.Values.SelectMany(a => a.Article.Entities.Select(e => e.CanonicalId).Distinct())
            .GroupBy(id => id).ToDictionary(g => g.Key, g => (long)g.Count());
        var all = EntityCatalog.Of(archive.Index.OpenSearcher().IndexReader).All;
        Assert.Equal(named, all.ToDictionary(e => e.Id, e => e.Articles));
    }

    [SkippableFact]
    public void Relinking_links_bare_names_with_what_was_learned_later_and_loses_or_copies_nothing()
    {
        using var temp = Ingested();
        using var archive = temp.Open();
        var before = Stored(archive);

        var summary = archive.Relink();
        archive.Reindex();

        var after = Stored(archive);
        Assert.Equal(before.Count, summary.Read);
        Assert.True(summary.Relinked > 0, "no stored article changed its links");
        Assert.Equal(0, summary.Skipped);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, b =>
        {
            var a = after[b.Key];
            Assert.Equal((b.Value.Identity, b.Value.ContentHash), (a.Identity, a.ContentHash));
            Assert.Equal(ArticleSerializer.Serialize(b.Value.Article with { Entities = [] }), ArticleSerializer.Serialize(a.Article with { Entities = [] }));
            Assert.Equal(b.Value.Article.Entities.Select(e => (e.Text, e.Type, e.Field, e.Start, e.End)), a.Article.Entities.Select(e => (e.Text, e.Type, e.Field, e.Start, e.End)));
        });

        // Some article that named a person only by surname now carries the full name an article wrote.
        var learned = archive.Store.Learned;
        Assert.Contains(after.Values, a => a.Article.Entities.Any(e => e.Type == "PER" && TaughtEntity.WouldBe(e.Text, e.Type) != e.CanonicalId
            && !TaughtEntity.Writes(a.Article.Entities, e.CanonicalId) && learned.Entity(e.CanonicalId) is not null));
        Assert.All(after.Values, a => Assert.Same(a.Article, ArchiveLinker.Relink(a.Article, learned)));
        Consistent(archive);
        Assert.Equal(0, archive.Relink().Relinked);
    }

    [SkippableFact]
    public void The_ingests_own_relinking_leaves_every_article_linked_as_a_relink_of_the_whole_archive_does()
    {
        using var plain = Ingested();
        using var linked = new TempArchive();
        var summary = linked.Ingest(
            Repo.Shared("data", "news", "arefee-asriran-fars-raw", "asrirandata.jsonl"),
            Repo.Shared("data", "news", "arefee-asriran-fars-raw", "farsnewsdata.jsonl"));
        using var relinked = plain.Open();
        var whole = relinked.Relink();
        relinked.Reindex();
        using var archive = linked.Open();

        Assert.True(summary.Relinked > 0, "the ingest linked no earlier article");
        Assert.Equal(whole.Relinked, summary.Relinked);
        var expected = Stored(relinked);
        var actual = Stored(archive);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, e => Assert.Equal(
            e.Value.Article.Entities.Select(m => (m.Text, m.Start, m.CanonicalId, m.CanonicalName)),
            actual[e.Key].Article.Entities.Select(m => (m.Text, m.Start, m.CanonicalId, m.CanonicalName))));
        Consistent(archive);
        Assert.Equal(0, archive.Relink().Relinked);
    }

    [Fact]
    public void Reindex_gives_an_archive_an_earlier_version_made_the_ids_and_seeds_of_this_one()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("a.jsonl",
            """{"title":"یووه حریف بارسا در فینال","body":"رئال با تساوی خانگی برابر یوونتوس نتوانست به فینال راه یابد و یووه با شایستگی تمام، حریف بارسا در فینال برلین خواهد بود.","newsCode":"9","link":"https://www.varzesh3.com/news/9"}"""));
        using var archive = temp.Open();
        var stored = Assert.Single(archive.Store.ChangedSince(0));
        var now = stored.Article.Entities;
        Assert.Contains(now, m => m.Text == "یووه" && m.CanonicalId == "org:juventus");

        // As an earlier version stored it: every mention by its own words, no seeds.
        var earlier = stored.Article with
        {
            Entities = [.. now.Select(m => m with { CanonicalId = m.Type.ToLowerInvariant() + ":" + m.Text.Replace(' ', '_'), CanonicalName = m.Text, English = null })],
        };
        Assert.Equal(WriteOutcome.Updated, Assert.Single(archive.Store.Write([earlier])).Outcome);

        var summary = archive.Relink();
        archive.Reindex();

        Assert.Equal(1, summary.Relinked);
        var again = Assert.Single(archive.Store.ChangedSince(0)).Article.Entities;
        Assert.Equal(now.Select(m => (m.Text, m.CanonicalId, m.English)), again.Select(m => (m.Text, m.CanonicalId, m.English)));
        var indexed = EntityCatalog.Of(archive.Index.OpenSearcher().IndexReader).All;
        Assert.Equal(again.Select(m => m.CanonicalId).Distinct().Order(), indexed.Select(e => e.Id).Order());
        Assert.Equal(0, archive.Relink().Relinked);
    }

    [Fact]
    public void Finding_stored_articles_by_random_identities_never_throws_and_finds_only_those_stored()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("a.jsonl", """{"title":"دیدار","body":"اسماعیل هنیه امروز در دوحه گفت‌وگو کرد.","newsCode":"7","link":"https://www.isna.ir/news/7"}"""));
        using var archive = temp.Open();
        var stored = Assert.Single(archive.Store.ChangedSince(0));
        var random = new Random(1403);
        const string letters = "ابپتثجحخدذرزسشصضطظعغفقکگلمنوهیءآئ ‌_:\"'[]{}%";
        for (var round = 0; round < 200; round++)
        {
            var identities = Enumerable.Range(0, random.Next(0, 5))
                .Select(_ => new string(Enumerable.Range(0, random.Next(0, 20)).Select(_ => letters[random.Next(letters.Length)]).ToArray())).ToList();
            Assert.Empty(archive.Store.Find(identities));
            identities.Add(stored.Identity);
            Assert.Equal(stored.Article.Title, Assert.Single(archive.Store.Find(identities)).Value.Title);
        }
    }

    [SkippableFact]
    public void A_relink_stopped_part_way_leaves_a_consistent_archive_that_a_second_run_finishes()
    {
        using var temp = Ingested();
        using (var archive = temp.Open())
        {
            var batches = 0;
            Assert.Throws<InvalidOperationException>(() => new Relinker(archive.Store, batchSize: 2).Run(_ =>
            {
                if (++batches == 1)
                {
                    throw new InvalidOperationException("stopped");
                }
            }));
        }

        using (var archive = temp.Open())
        {
            Consistent(archive);
            var summary = archive.Relink();
            archive.Reindex();
            Assert.True(summary.Relinked > 0);
            Assert.All(Stored(archive).Values, a => Assert.Same(a.Article, ArchiveLinker.Relink(a.Article, archive.Store.Learned)));
            Consistent(archive);
        }
    }
}
