using Khabar.Archive.Search;
using Khabar.Testing;

namespace Khabar.Archive.Tests;

public sealed class ArchiveTests
{
    private static readonly string Samples = Repo.File("samples");

    private static SearchResponse Search(KhabarArchive archive, string query, Func<SearchRequest, SearchRequest>? change = null)
    {
        var request = new SearchRequest(query) { Limit = 50, Facets = ["agency", "desk", "month"] };
        var (response, error) = archive.Searcher().Search(change?.Invoke(request) ?? request);
        Assert.True(response is not null, error);
        return response!;
    }

    [Fact]
    public void Samples_are_ingested_once_and_again_only_as_unchanged()
    {
        using var temp = new TempArchive();

        var first = temp.Ingest(Samples);
        var second = temp.Ingest(Samples);

        Assert.Equal((5, 5, 0L), (first.Read, first.Added, first.Failed));
        Assert.Equal((5, 0, 0, 5L), (second.Read, second.Added, second.Updated, second.Unchanged));
        using var archive = temp.Open();
        Assert.Equal(5, archive.Store.Count);
        Assert.Equal(5, archive.Index.Count);
    }

    [Fact]
    public void Groups_and_stories_kept_inside_the_store_file_by_an_older_archive_move_to_their_own_file_and_are_computed_again()
    {
        using var temp = new TempArchive();
        temp.Ingest(Samples);
        var store = Path.Combine(temp.Folder, KhabarArchive.StoreFile);
        long[] Groups()
        {
            using var archive = temp.Open();
            return archive.Store.ChangedSince(0).Select(a => archive.Dedup.Store.Get(a.Id)!.Group).ToArray();
        }

        var groups = Groups();
        Assert.DoesNotContain(Tables(store), t => t.StartsWith("dedup_", StringComparison.Ordinal) || t.StartsWith("story_", StringComparison.Ordinal));

        // The older layout: the tables in the store file, at the store's sequence, and no file of their own.
        foreach (var file in Directory.GetFiles(temp.Folder, KhabarArchive.GroupsFile + "*"))
        {
            File.Delete(file);
        }

        using (var articles = Khabar.Archive.Store.SqliteStore.Open(store))
        using (var old = Khabar.Archive.Dedup.Deduplication.Open(store))
        {
            Assert.Equal(articles.Count, old.CatchUp(articles));
        }

        Assert.Contains("dedup_articles", Tables(store));
        using (var reopened = temp.Open())
        {
            Assert.Equal(reopened.Store.LastSequence, reopened.Dedup.Store.Sequence);
            Assert.Equal(reopened.Store.LastSequence, reopened.Dedup.Stories.Sequence);
        }

        Assert.Equal(groups, Groups());
        Assert.True(File.Exists(Path.Combine(temp.Folder, KhabarArchive.GroupsFile)));
        Assert.DoesNotContain(Tables(store), t => t.StartsWith("dedup_", StringComparison.Ordinal) || t.StartsWith("story_", StringComparison.Ordinal));
    }

    private static List<string> Tables(string file)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    [Fact]
    public void The_store_keeps_Persian_letters_unescaped_and_an_archive_written_with_escapes_reingests_as_unchanged()
    {
        using var temp = new TempArchive();
        temp.Ingest(Samples);
        var path = Path.Combine(temp.Folder, KhabarArchive.StoreFile);

        // Rewrite every stored article as an archive written with escaped letters kept it (six bytes for every letter).
        var escaping = new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase };
        var rows = new List<(long Id, string Json)>();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT id, json FROM articles";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    rows.Add((reader.GetInt64(0), reader.GetString(1)));
                }
            }

            Assert.Equal(5, rows.Count);
            Assert.All(rows, row => Assert.DoesNotContain("\\u06", row.Json, StringComparison.Ordinal));
            Assert.All(rows, row => Assert.Contains("ی", row.Json, StringComparison.Ordinal));
            foreach (var (id, json) in rows)
            {
                var escaped = System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement, escaping);
                Assert.Contains("\\u06", escaped, StringComparison.Ordinal);
                using var write = connection.CreateCommand();
                write.CommandText = "UPDATE articles SET json = $json WHERE id = $id";
                write.Parameters.AddWithValue("$json", escaped);
                write.Parameters.AddWithValue("$id", id);
                Assert.Equal(1, write.ExecuteNonQuery());
            }
        }

        var again = temp.Ingest(Samples);

        Assert.Equal((5, 0, 0, 5L), (again.Read, again.Added, again.Updated, again.Unchanged));
        using var archive = temp.Open();
        Assert.Equal(rows.Select(r => Store.ArticleSerializer.Deserialize(r.Json).Title), rows.Select(r => archive.Store.Get(r.Id)!.Article.Title));
    }

    [Fact]
    public void A_changed_article_with_the_same_news_id_is_updated_not_copied()
    {
        using var temp = new TempArchive();
        var v1 = temp.Records("v1.jsonl", """{"title":"خبر اول","body":"متن نخست خبر درباره بودجه است.","newsCode":"77","link":"https://www.isna.ir/news/77"}""");
        var v2 = temp.Records("v2.jsonl", """{"title":"خبر اول (ویرایش)","body":"متن تازه خبر درباره بودجه و مالیات است.","newsCode":"77","link":"https://www.isna.ir/news/77"}""");

        temp.Ingest(v1);
        var summary = temp.Ingest(v2);

        Assert.Equal((0, 1L), (summary.Added, summary.Updated));
        using var archive = temp.Open();
        Assert.Equal(1, archive.Store.Count);
        var hit = Assert.Single(Search(archive, "مالیات").Hits);
        Assert.Equal("خبر اول (ویرایش)", hit.Article.Title);
        Assert.Empty(Search(archive, "نخست").Hits);
    }

    [Fact]
    public void An_article_added_and_changed_in_one_batch_is_one_document_of_its_last_version()
    {
        using var temp = new TempArchive();
        var both = temp.Records("both.jsonl",
            """{"title":"خبر اول","body":"متن نخست خبر درباره بودجه است.","newsCode":"78","link":"https://www.isna.ir/news/78"}""" + "\n" +
            """{"title":"خبر دوم","body":"خبری دیگر درباره ورزش.","newsCode":"79","link":"https://www.isna.ir/news/79"}""" + "\n" +
            """{"title":"خبر اول (ویرایش)","body":"متن تازه خبر درباره بودجه و مالیات است.","newsCode":"78","link":"https://www.isna.ir/news/78"}""");

        var summary = temp.Ingest(both);
        var again = temp.Ingest(temp.Records("v3.jsonl",
            """{"title":"خبر دوم (ویرایش)","body":"خبری دیگر درباره ورزش و فوتبال.","newsCode":"79","link":"https://www.isna.ir/news/79"}"""));

        Assert.Equal((3L, 2L, 1L), (summary.Read, summary.Added, summary.Updated));
        Assert.Equal((0L, 1L), (again.Added, again.Updated));
        using var archive = temp.Open();
        Assert.Equal((2, 2), (archive.Store.Count, archive.Index.Count));
        Assert.Equal("خبر اول (ویرایش)", Assert.Single(Search(archive, "بودجه").Hits).Article.Title);
        Assert.Empty(Search(archive, "نخست").Hits);
        Assert.Equal("خبر دوم (ویرایش)", Assert.Single(Search(archive, "ورزش").Hits).Article.Title);
    }

    [Theory]
    [InlineData("هیئت‌ها")]
    [InlineData("هیئت ها")]
    [InlineData("هیئتها")]
    [InlineData("هيئتها")]
    public void Each_spelling_of_a_word_finds_the_seed(string query)
    {
        using var temp = new TempArchive();
        temp.Ingest(Samples);
        using var archive = temp.Open();

        var response = Search(archive, query);

        Assert.Contains(response.Hits, h => h.Article.NewsId == "2076019");
        Assert.Contains(response.Hits.Single(h => h.Article.NewsId == "2076019").Snippet, p => p.Match);
    }

    [Theory]
    [InlineData("می‌برد", "میبرد")]
    [InlineData("می برد", "میبرد")]
    [InlineData("حمایت‌های", "حمایتهای")]
    [InlineData("حمایت های", "حمایتهای")]
    public void Documents_in_any_spelling_are_found_by_a_query_in_any_other(string queryForm, string documentForm)
    {
        using var temp = new TempArchive();
        var records = temp.Records("r.jsonl",
            $$"""{"title":"گزارش","body":"این گزارش {{documentForm}} را نشان می‌دهد و بیش از این نمی‌گوید.","id":"r1"}""",
            """{"title":"دیگری","body":"متنی بی‌ربط درباره آب و هوا.","id":"r2"}""");
        temp.Ingest(records);
        using var archive = temp.Open();

        var hit = Assert.Single(Search(archive, queryForm).Hits);

        Assert.Equal("r1", hit.Article.SourceId);
    }

    [Fact]
    public void Phrases_fields_boolean_operators_and_facets_work_together()
    {
        using var temp = new TempArchive();
        temp.Ingest(Samples);
        using var archive = temp.Open();

        Assert.Single(Search(archive, "\"جهاد اسلامی\"").Hits);
        Assert.Empty(Search(archive, "\"اسلامی جهاد\"").Hits);
        Assert.Single(Search(archive, "agency:borna").Hits);
        Assert.Equal(2, Search(archive, "agency:\"fars\"").Hits.Count);
        Assert.Equal(2, Search(archive, "agency:\"ورزش سه\"").Hits.Count);
        Assert.Single(Search(archive, "agency:برنا AND desk:بینالملل").Hits);
        Assert.Equal(2, Search(archive, "agency:fars").Hits.Count);
        Assert.Empty(Search(archive, "حماس AND agency:fars").Hits);
        Assert.Equal(4, Search(archive, "(agency:fars OR agency:varzesh3) -agency:borna").Hits.Count);
        var facets = Search(archive, "").Facets;
        Assert.Contains(facets["agency"], f => f is { Value: "فارس", Count: 2 });
        Assert.Contains(facets["month"], f => f is { Value: "1403/01", Count: 1 });
    }

    [Fact]
    public void Entities_are_searchable_by_name_alias_and_id_and_counted_by_type()
    {
        using var temp = new TempArchive();
        temp.Ingest(Samples);
        using var archive = temp.Open();

        Assert.Equal("2076019", Assert.Single(Search(archive, "person:\"اسماعیل هنیه\"").Hits).Article.NewsId);
        Assert.Single(Search(archive, "person:هنیه").Hits);
        Assert.Single(Search(archive, "entity:\"org:hamas\"").Hits);
        Assert.Single(Search(archive, "org:حماس AND place:غزه").Hits);
        Assert.Empty(Search(archive, "person:حماس").Hits);
        var facets = Search(archive, "", r => r with { Facets = ["person", "org", "place"] }).EntityFacets;
        Assert.Contains(facets["person"], f => f is { Id: "per:زیاد_النخاله", Type: "PER", Name: "زیاد النخاله", Articles: 1 });
        Assert.Contains(facets["org"], f => f is { Id: "org:pij", Name: "جهاد اسلامی", Articles: 1 });
        Assert.Contains(facets["place"], f => f.Name == "تهران");
        Assert.All(facets["place"], f => Assert.True(f.Type is "LOC" or "FAC"));
    }

    [Fact]
    public void Jalali_date_filters_and_date_sort_use_Tehran_time()
    {
        using var temp = new TempArchive();
        temp.Ingest(Samples);
        using var archive = temp.Open();
        var day = new DateTimeOffset(2024, 3, 30, 0, 0, 0, TimeSpan.FromHours(3.5));

        var within = Search(archive, "", r => r with { From = day, To = day.AddDays(1).AddSeconds(-1) });
        var after = Search(archive, "", r => r with { From = day.AddDays(1) });
        var byDate = Search(archive, "", r => r with { Sort = SearchSort.Date });

        Assert.Equal("2076019", Assert.Single(within.Hits).Article.NewsId);
        Assert.Empty(after.Hits);
        Assert.Equal("2076019", byDate.Hits[0].Article.NewsId);
        Assert.All(byDate.Hits.Skip(1), h => Assert.True(h.Article.Published is null || h.Article.Published < byDate.Hits[0].Article.Published));
    }

    [Theory]
    [InlineData("title:(")]
    [InlineData("\"unclosed")]
    [InlineData("foo:bar")]
    [InlineData("AND")]
    public void A_malformed_query_is_a_clear_error(string query)
    {
        using var temp = new TempArchive();
        using var archive = temp.Open();

        var (response, error) = archive.Searcher().Search(new SearchRequest(query));

        Assert.Null(response);
        Assert.StartsWith("malformed query: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_left_behind_by_a_crash_catches_up_with_the_store_on_the_next_open()
    {
        using var temp = new TempArchive();
        temp.Ingest(Samples);
        using (var archive = temp.Open())
        {
            // The store commits a batch; the process dies before the index commits it.
            var article = archive.Store.Get(1)!.Article with { Title = "عنوان تازه پس از خرابی", NewsId = "999", AgencyId = "isna" };
            archive.Store.Write([article]);
        }

        using var reopened = temp.Open();

        Assert.Equal(1, reopened.Healed);
        Assert.Equal(reopened.Store.Count, reopened.Index.Count);
        Assert.Single(Search(reopened, "خرابی").Hits);
    }

    [Fact]
    public void Reindex_rebuilds_the_same_index_from_the_store()
    {
        using var temp = new TempArchive();
        temp.Ingest(Samples);
        using var archive = temp.Open();
        var before = Search(archive, "غزه OR استقلال").Hits.Select(h => h.Id).ToList();

        var count = archive.Reindex();

        Assert.Equal(5, count);
        Assert.Equal(before, Search(archive, "غزه OR استقلال").Hits.Select(h => h.Id).ToList());
    }
}
