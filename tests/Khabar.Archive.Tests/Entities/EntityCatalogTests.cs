using Khabar.Archive.Search;

namespace Khabar.Archive.Tests.Entities;

public sealed class EntityCatalogTests
{
    private const string Isfahan = "استاندار اصفهان امروز در جلسه شورای اداری استان اصفهان از آغاز طرح تازه آبرسانی خبر داد.";
    private const string Tabriz = "استاندار آذربایجان شرقی امروز در جلسه شورای اداری در تبریز از آغاز طرح تازه آبرسانی خبر داد.";

    private static string Record(string body) =>
        System.Text.Json.JsonSerializer.Serialize(new { title = "طرح تازه آبرسانی", body, newsCode = "91", link = "https://www.isna.ir/news/91", date = "1403/02/10" });

    [Fact]
    public void An_updated_article_counts_only_as_it_is_now()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("v1.jsonl", Record(Isfahan)));
        using (var archive = temp.Open())
        {
            var before = EntityCatalog.Of(archive.Index.OpenSearcher().IndexReader);
            Assert.Equal(1, before.Find("اصفهان", ["LOC"], 0, 1).Entities.Single().Articles);
        }

        var summary = temp.Ingest(temp.Records("v2.jsonl", Record(Tabriz)));

        Assert.Equal(1, summary.Updated);
        using var after = temp.Open();
        var catalog = EntityCatalog.Of(after.Index.OpenSearcher().IndexReader);
        Assert.Equal(0, catalog.Find("اصفهان", [], 0, 1).Total);
        Assert.Equal(1, catalog.Find("آذربایجان شرقی", ["LOC"], 0, 1).Entities.Single().Articles);
        var expected = after.Store.Get(1)!.Article.Entities.Select(e => e.CanonicalId).Distinct().Order().ToList();
        Assert.Equal(expected, catalog.Find(null, [], 0, 100).Entities.Select(e => e.Id).Order().ToList());
    }

    [Fact]
    public void The_list_leaves_out_dates_an_undated_article_counts_from_its_own_day_and_a_query_still_finds_them()
    {
        using var temp = new TempArchive();
        const string body = "سخنگوی دولت امروز گفت بودجه سال ۱۴۰۳ از سال گذشته بیشتر است.";
        temp.Ingest(temp.Records("a.jsonl",
            System.Text.Json.JsonSerializer.Serialize(new { title = "بودجه", body, newsCode = "92", link = "https://www.isna.ir/news/92" })));
        using var archive = temp.Open();
        var catalog = EntityCatalog.Of(archive.Index.OpenSearcher().IndexReader);
        var dates = archive.Store.Get(1)!.Article.Entities.Where(e => e.Type == "DAT").Select(e => e.CanonicalId).Distinct().ToList();
        Assert.Contains("dat:1403", dates);
        Assert.Contains("dat:سال_گذشته", dates);

        var listed = catalog.Find(null, ["DAT"], 0, 100).Entities.Select(e => e.Id).ToList();

        Assert.Contains("dat:1403", listed);
        Assert.DoesNotContain("dat:سال_گذشته", listed);
        Assert.Equal(dates.Count(d => !listed.Contains(d)), dates.Count(d => Khabar.Persian.Dates.DatePhrases.CountsFromPublication(catalog.Get(d)!.Name)));
        Assert.Equal("dat:سال_گذشته", Assert.Single(catalog.Find("سال گذشته", ["DAT"], 0, 10).Entities).Id);
    }

    [Fact]
    public void An_empty_archive_has_an_empty_catalog()
    {
        using var temp = new TempArchive();
        using var archive = temp.Open();
        var catalog = EntityCatalog.Of(archive.Index.OpenSearcher().IndexReader);
        Assert.Equal(0, catalog.Count);
        Assert.Equal(0, catalog.Find("تهران", [], 0, 10).Total);
    }

    [Fact]
    public void Entity_values_keep_their_parts_apart_whatever_the_text_holds()
    {
        var random = new Random(1403);
        const string Letters = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی \u200C\u001F:|<>\"'&ـ٠١۲۳";
        for (var i = 0; i < 2000; i++)
        {
            var id = "per:" + Text(random, Letters, random.Next(0, 30));
            var name = Text(random, Letters, random.Next(0, 400));
            var alias = Text(random, Letters, random.Next(1, 40));
            var role = random.Next(2) == 0 ? null : Text(random, Letters, random.Next(0, 40));
            var values = EntityValue.Of(id, "PER", name, [name, alias], [role]).ToList();

            var (parsedId, type, parsedName) = EntityValue.Parse(values[0].Text);
            Assert.False(values[0].About);
            Assert.Equal((id.Replace('\u001F', ' '), "PER"), (parsedId, type));
            Assert.Equal(Clean(name), parsedName);
            Assert.All(values.Skip(1), v => Assert.True(v.About));
            var about = values.Skip(1).Select(v => EntityValue.Parse(v.Text)).ToList();
            Assert.All(about, a => Assert.Equal(parsedId, a.Id));
            Assert.Equal(alias != name, about.Any(a => a.Kind == EntityValue.Alias && a.Text == Clean(alias)));
            Assert.Equal(role is { Length: > 0 }, about.Any(a => a.Kind == EntityValue.Role && a.Text == Clean(role!)));
            var random1 = EntityValue.Parse(Text(random, Letters, random.Next(0, 60)));
            Assert.NotNull(random1.Id);
        }
    }

    private static string Clean(string text) => text.Replace('\u001F', ' ') is var t && t.Length > EntityValue.MaxText ? t[..EntityValue.MaxText] : t;

    private static string Text(Random random, string letters, int length) =>
        new(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)]).ToArray());
}
