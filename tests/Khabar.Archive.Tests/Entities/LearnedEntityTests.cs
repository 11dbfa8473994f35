using System.Text.Json;
using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Khabar.Entities.Learning;
using Microsoft.Data.Sqlite;

namespace Khabar.Archive.Tests.Entities;

public sealed class LearnedEntityTests
{
    private const string Haniyeh = "اسماعیل هنیه، رئیس دفتر سیاسی جنبش حماس، امروز در دوحه با وزیر امور خارجه قطر دیدار و گفت‌وگو کرد.";
    private const string HaniyehAgain = "اسماعیل هنیه، رئیس دفتر سیاسی حماس، امروز در قاهره با هیئت مصری درباره آتش‌بس گفت‌وگو کرد.";
    private const string HaniyehAlone = "هنیه در دیدار با هیئت مصری گفت که مذاکرات آتش‌بس ادامه دارد و هیئت جنبش فردا به قاهره می‌رود.";
    private const string AliLarijani = "علی لاریجانی، مشاور رهبر انقلاب، امروز در تهران با سفیر چین دیدار و درباره همکاری‌ها گفت‌وگو کرد.";
    private const string SadeghLarijani = "صادق لاریجانی، رئیس مجمع تشخیص مصلحت نظام، امروز در جلسه مجمع درباره لایحه بودجه سخن گفت.";
    private const string LarijaniAlone = "لاریجانی در این جلسه گفت که بررسی لایحه تا پایان هفته تمام می‌شود و نتیجه اعلام خواهد شد.";

    private static string Record(int code, string title, string body) => JsonSerializer.Serialize(new
    {
        title, body, newsCode = code.ToString(System.Globalization.CultureInfo.InvariantCulture),
        link = $"https://www.isna.ir/news/{code}", date = "1403/02/1" + (code % 10),
    });

    private static IReadOnlyList<string> Ids(KhabarArchive archive, long id, string type = "PER") =>
        archive.Store.Get(id)!.Article.Entities.Where(e => e.Type == type).Select(e => e.CanonicalId).Distinct().ToList();

    private static string PersonNamed(KhabarArchive archive, long id, string text) =>
        archive.Store.Get(id)!.Article.Entities.First(e => e.Type == "PER" && e.Text == text).CanonicalId;

    [Fact]
    public void A_bare_surname_ingested_after_the_full_name_takes_the_full_names_id_and_the_entity_page_counts_both()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("full.jsonl", Record(1, "دیدار هنیه در دوحه", Haniyeh), Record(4, "هنیه در قاهره", HaniyehAgain)));
        temp.Ingest(temp.Records("bare.jsonl", Record(2, "ادامه مذاکرات آتش‌بس", HaniyehAlone)));

        using var archive = temp.Open();
        var full = PersonNamed(archive, 1, "اسماعیل هنیه");
        Assert.Equal("per:اسماعیل_هنیه", full);
        Assert.Equal(full, PersonNamed(archive, 3, "هنیه"));
        Assert.Equal("اسماعیل هنیه", archive.Store.Get(3)!.Article.Entities.First(e => e.Text == "هنیه").CanonicalName);

        var entity = EntityCatalog.Of(archive.Index.OpenSearcher().IndexReader).Get(full)!;
        Assert.Equal(3, entity.Articles);
        Assert.Contains(entity.Aliases, a => a.Value == "هنیه");
        var learned = archive.Store.ReadLearned();
        // Only the article that writes the full name teaches it: the archive's own link is no evidence for itself.
        Assert.Contains(learned.Entities, e => e is { Id: "per:اسماعیل_هنیه", Type: "PER", Articles: 2 });
        Assert.DoesNotContain(learned.Entities, e => e.Id == "per:هنیه");
    }

    [Fact]
    public void Within_one_ingest_a_bare_surname_is_linked_whether_it_comes_before_or_after_its_full_name()
    {
        using var temp = new TempArchive();
        var summary = temp.Ingest(temp.Records("all.jsonl",
            Record(1, "ادامه مذاکرات آتش‌بس", HaniyehAlone),
            Record(2, "دیدار هنیه در دوحه", Haniyeh),
            Record(5, "هنیه در قاهره", HaniyehAgain),
            Record(3, "ادامه مذاکرات آتش‌بس در قاهره", HaniyehAlone.Replace("فردا", "امشب"))));

        using var archive = temp.Open();
        // The fourth article follows both full names and is linked as it is read; the first is linked once the run has
        // learned them, and the run says so.
        Assert.Equal("per:اسماعیل_هنیه", PersonNamed(archive, 4, "هنیه"));
        Assert.Equal("per:اسماعیل_هنیه", PersonNamed(archive, 1, "هنیه"));
        Assert.Equal(1, summary.Relinked);
        Assert.Equal(4, summary.Added);
        Assert.Equal(4, archive.Store.Count);
        var entity = EntityCatalog.Of(archive.Index.OpenSearcher().IndexReader).Get("per:اسماعیل_هنیه")!;
        Assert.Equal(4, entity.Articles);
        Assert.Null(EntityCatalog.Of(archive.Index.OpenSearcher().IndexReader).Get("per:هنیه"));
    }

    [Fact]
    public void A_bare_surname_stored_before_any_full_name_is_linked_by_the_ingest_that_brings_the_full_name()
    {
        using var temp = new TempArchive();
        var first = temp.Ingest(temp.Records("bare.jsonl", Record(1, "ادامه مذاکرات آتش‌بس", HaniyehAlone)));
        var full = temp.Records("full.jsonl", Record(2, "دیدار هنیه در دوحه", Haniyeh), Record(4, "هنیه در قاهره", HaniyehAgain));
        var second = temp.Ingest(full);
        var again = temp.Ingest(full);

        using var archive = temp.Open();
        Assert.Equal(0, first.Relinked);
        Assert.Equal(1, second.Relinked);
        Assert.Equal("per:اسماعیل_هنیه", PersonNamed(archive, 1, "هنیه"));
        Assert.Equal("اسماعیل هنیه", archive.Store.Get(1)!.Article.Entities.First(e => e.Text == "هنیه").CanonicalName);

        // Ingesting the full names again links nothing more and counts nothing twice.
        Assert.Equal(0, again.Relinked);
        Assert.Equal(2, again.Unchanged);
        Assert.Equal(3, archive.Store.Count);
        var entity = EntityCatalog.Of(archive.Index.OpenSearcher().IndexReader).Get("per:اسماعیل_هنیه")!;
        Assert.Equal(3, entity.Articles);
        Assert.Contains(archive.Store.ReadLearned().Entities, e => e is { Id: "per:اسماعیل_هنیه", Articles: 2 });
    }

    [Fact]
    public void A_link_an_ingest_makes_ambiguous_is_taken_back_by_that_ingest()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("ali.jsonl",
            Record(1, "دیدار لاریجانی با سفیر چین", AliLarijani), Record(2, "دیدار لاریجانی", AliLarijani.Replace("چین", "روسیه")),
            Record(3, "بررسی لایحه بودجه", LarijaniAlone)));
        using (var archive = temp.Open())
        {
            Assert.Equal("per:علی_لاریجانی", PersonNamed(archive, 3, "لاریجانی"));
        }

        var summary = temp.Ingest(temp.Records("sadegh.jsonl",
            Record(4, "جلسه مجمع", SadeghLarijani), Record(5, "جلسه دوم مجمع", SadeghLarijani.Replace("امروز", "دیروز"))));

        using var reopened = temp.Open();
        Assert.Equal(1, summary.Relinked);
        Assert.Equal("per:لاریجانی", PersonNamed(reopened, 3, "لاریجانی"));
        Assert.Equal(0, reopened.Relink().Relinked);
    }

    [Fact]
    public void A_bare_surname_two_stored_people_share_stays_as_it_was_written()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("bare.jsonl", Record(1, "بررسی لایحه بودجه", LarijaniAlone)));
        var summary = temp.Ingest(temp.Records("full.jsonl",
            Record(2, "دیدار لاریجانی با سفیر چین", AliLarijani), Record(3, "جلسه مجمع", SadeghLarijani),
            Record(4, "دیدار لاریجانی", AliLarijani.Replace("چین", "روسیه")), Record(5, "جلسه دوم مجمع", SadeghLarijani.Replace("امروز", "دیروز"))));

        using var archive = temp.Open();
        Assert.Equal(0, summary.Relinked);
        Assert.Equal("per:لاریجانی", PersonNamed(archive, 1, "لاریجانی"));
    }

    [Fact]
    public void Two_people_with_one_surname_stay_apart_and_the_bare_surname_links_to_neither()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("two.jsonl", Record(1, "دیدار با سفیر چین", AliLarijani), Record(2, "جلسه مجمع", SadeghLarijani)));
        temp.Ingest(temp.Records("bare.jsonl", Record(3, "بررسی لایحه", LarijaniAlone)));

        using var archive = temp.Open();
        var ali = PersonNamed(archive, 1, "علی لاریجانی");
        var sadegh = PersonNamed(archive, 2, "صادق لاریجانی");
        Assert.NotEqual(ali, sadegh);
        Assert.Equal("per:لاریجانی", PersonNamed(archive, 3, "لاریجانی"));
        Assert.Null(archive.Store.Learned.Resolve("per:لاریجانی", "PER"));
    }

    [Fact]
    public void A_clear_majority_links_the_surname_and_a_close_count_does_not()
    {
        var learned = new LearnedNames();
        TaughtEntity Person(string id, string name) =>
            new(id, "PER", name, ["per:" + id.Split('_')[^1]], "per:" + id[4..].Split('_')[0]);
        for (var i = 0; i < 3; i++)
        {
            learned.Add([Person("per:علی_لاریجانی", "علی لاریجانی")]);
        }

        Assert.Equal("per:علی_لاریجانی", learned.Resolve("per:لاریجانی", "PER")?.Id);
        learned.Add([Person("per:صادق_لاریجانی", "صادق لاریجانی")]);
        Assert.Equal("per:علی_لاریجانی", learned.Resolve("per:لاریجانی", "PER")?.Id);
        learned.Add([Person("per:صادق_لاریجانی", "صادق لاریجانی")]);
        Assert.Null(learned.Resolve("per:لاریجانی", "PER"));

        // A word that is also a given name of other people is no one's surname unless one person leads by the margin.
        learned.Add([Person("per:لاریجانی_نژاد", "لاریجانی نژاد")]);
        Assert.Null(learned.Resolve("per:لاریجانی", "PER"));
    }

    [Fact]
    public void An_organisations_shorter_name_needs_two_articles_that_wrote_it_inside_the_full_name()
    {
        var learned = new LearnedNames();
        var council = new TaughtEntity("org:شورای_شهر_تهران", "ORG", "شورای شهر تهران", ["org:شورای_شهر"], null);
        learned.Add([council]);
        Assert.Null(learned.Resolve("org:شورای_شهر", "ORG"));
        learned.Add([council]);
        Assert.Equal("org:شورای_شهر_تهران", learned.Resolve("org:شورای_شهر", "ORG")?.Id);
        learned.Add([new TaughtEntity("org:شورای_شهر_مشهد", "ORG", "شورای شهر مشهد", ["org:شورای_شهر"], null)]);
        Assert.Null(learned.Resolve("org:شورای_شهر", "ORG"));
    }

    [Fact]
    public void Ingesting_the_same_articles_again_changes_no_count()
    {
        using var temp = new TempArchive();
        var files = new[]
        {
            temp.Records("a.jsonl", Record(1, "دیدار هنیه در دوحه", Haniyeh), Record(2, "جلسه مجمع", SadeghLarijani)),
            temp.Records("b.jsonl", Record(3, "ادامه مذاکرات آتش‌بس", HaniyehAlone)),
        };
        temp.Ingest(files);
        (IReadOnlyList<LearnedEntity>, IReadOnlyList<LearnedName>) before;
        using (var archive = temp.Open())
        {
            before = archive.Store.ReadLearned();
        }

        var again = temp.Ingest(files);

        Assert.Equal(3, again.Unchanged);
        using var reopened = temp.Open();
        var after = reopened.Store.ReadLearned();
        Assert.Equal(before.Item1, after.Entities);
        Assert.Equal(before.Item2, after.Names);
        Same(Recomputed(reopened.Store), Rows(after));
    }

    [Fact]
    public void An_article_ingested_again_is_not_counted_twice_for_the_articles_after_it()
    {
        // One article wrote the full name; ingesting it again with a bare surname after it must not make two.
        using var temp = new TempArchive();
        var full = temp.Records("a.jsonl", Record(1, "دیدار هنیه در دوحه", Haniyeh));
        temp.Ingest(full);
        temp.Ingest(temp.Records("b.jsonl", Record(1, "دیدار هنیه در دوحه", Haniyeh), Record(2, "ادامه مذاکرات آتش‌بس", HaniyehAlone)));

        using var archive = temp.Open();
        Assert.Equal("per:هنیه", PersonNamed(archive, 2, "هنیه"));
        Assert.Contains(archive.Store.ReadLearned().Entities, e => e is { Id: "per:اسماعیل_هنیه", Articles: 1 });
    }

    [Fact]
    public void An_updated_article_teaches_only_what_it_says_now()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("v1.jsonl", Record(1, "دیدار", AliLarijani)));
        temp.Ingest(temp.Records("v2.jsonl", Record(1, "دیدار", Haniyeh)));

        using var archive = temp.Open();
        var learned = archive.Store.ReadLearned();
        Assert.DoesNotContain(learned.Entities, e => e.Id == "per:علی_لاریجانی");
        Assert.DoesNotContain(learned.Names, n => n.Form == "per:لاریجانی");
        Assert.Contains(learned.Names, n => n is { Form: "per:هنیه", EntityId: "per:اسماعیل_هنیه", Kind: LearnedName.Short, Articles: 1 });
        Same(Recomputed(archive.Store), Rows(learned));
    }

    [Fact]
    public void A_batch_that_fails_leaves_the_articles_and_what_was_learned_as_they_were()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("a.jsonl", Record(1, "جلسه مجمع", SadeghLarijani)));
        var path = Path.Combine(temp.Folder, KhabarArchive.StoreFile);

        // A trigger that fails the batch at its last step: after the articles and a learned row (اسماعیل هنیه, written
        // first in id order) were written.
        Exec(path, """
            CREATE TRIGGER fail_larijani BEFORE INSERT ON learned_entities WHEN NEW.id = 'per:علی_لاریجانی'
            BEGIN SELECT RAISE(ABORT, 'refused'); END
            """);
        using (var archive = temp.Open())
        {
            var before = archive.Store.ReadLearned();
            var count = archive.Store.Count;
            var error = Assert.ThrowsAny<Exception>(() => archive.Ingest(
                Khabar.Pipeline.PipelineBuilder.Default().Run(Khabar.Reading.InputPaths.Expand(
                    [temp.Records("b.jsonl", Record(2, "دیدار هنیه در دوحه", Haniyeh), Record(3, "دیدار با سفیر چین", AliLarijani))], () => Stream.Null)), "test"));
            Assert.Contains("refused", error.Message);

            Assert.Equal(count, archive.Store.Count);
            var after = archive.Store.ReadLearned();
            Assert.Equal(before.Entities, after.Entities);
            Assert.Equal(before.Names, after.Names);
            Assert.Null(archive.Store.Learned.Entity("per:اسماعیل_هنیه"));
            Assert.Null(archive.Store.Learned.Entity("per:علی_لاریجانی"));
        }

        Exec(path, "DROP TRIGGER fail_larijani");
        temp.Ingest(temp.Records("c.jsonl", Record(2, "دیدار هنیه در دوحه", Haniyeh), Record(5, "هنیه در قاهره", HaniyehAgain), Record(4, "ادامه مذاکرات آتش‌بس", HaniyehAlone)));
        using var healed = temp.Open();
        Assert.Equal("per:اسماعیل_هنیه", PersonNamed(healed, healed.Store.ChangedSince(0).Single(a => a.Article.NewsId == "4").Id, "هنیه"));
        Same(Recomputed(healed.Store), Rows(healed.Store.ReadLearned()));
    }

    [Fact]
    public void An_archive_made_before_learning_learns_from_every_stored_article_on_its_first_write()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("a.jsonl", Record(1, "دیدار هنیه در دوحه", Haniyeh), Record(2, "جلسه مجمع", SadeghLarijani), Record(5, "هنیه در قاهره", HaniyehAgain)));
        Exec(Path.Combine(temp.Folder, KhabarArchive.StoreFile), "DELETE FROM learned_entities; DELETE FROM learned_names; DELETE FROM meta WHERE key = 'learned_names'");

        temp.Ingest(temp.Records("b.jsonl", Record(3, "ادامه مذاکرات آتش‌بس", HaniyehAlone)));

        using var archive = temp.Open();
        Assert.Equal("per:اسماعیل_هنیه", PersonNamed(archive, 4, "هنیه"));
        Same(Recomputed(archive.Store), Rows(archive.Store.ReadLearned()));
    }

    /// <summary>What every stored article teaches, added up: what the learned tables must hold.</summary>
    internal static (List<LearnedEntity>, List<LearnedName>) Recomputed(IArticleStore store)
    {
        var learned = new LearnedNames();
        foreach (var stored in store.ChangedSince(0))
        {
            learned.Add(TaughtEntity.Of(stored.Article.Entities));
        }

        return Rows((learned.Entities().Select(e => e with { Name = "" }).ToList(), learned.Names()));
    }

    // Names are the first one learned, which depends on order: compared without them.
    internal static (List<LearnedEntity>, List<LearnedName>) Rows((IReadOnlyList<LearnedEntity> Entities, IReadOnlyList<LearnedName> Names) rows) => (
        rows.Entities.Where(e => e.Articles != 0).Select(e => e with { Name = "" }).OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
        rows.Names.Where(n => n.Articles != 0).OrderBy(n => n.Form, StringComparer.Ordinal).ThenBy(n => n.EntityId, StringComparer.Ordinal)
            .ThenBy(n => n.Kind, StringComparer.Ordinal).ToList());

    internal static void Same((List<LearnedEntity>, List<LearnedName>) expected, (List<LearnedEntity>, List<LearnedName>) actual)
    {
        Assert.NotEmpty(expected.Item1);
        Assert.Equal(expected.Item1, actual.Item1);
        Assert.Equal(expected.Item2, actual.Item2);
    }

    private static void Exec(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
