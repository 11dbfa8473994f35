using Khabar.Archive.Search;
using Khabar.Archive.Tests.Entities;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Khabar.Archive.Tests;

/// <summary>
/// A query collected on several cores, each over its own run of documents, gives the answer one pass gives: the same
/// total, ranked hits, facet and entity counts, on real articles.
/// </summary>
public sealed class SlicedSearchTests(EntityArchive real) : IClassFixture<EntityArchive>
{
    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        foreach (var query in new[] { "", "ایران", "\"مجلس شورای اسلامی\"", "تهران OR اصفهان OR تیم", "title:ایران", "دولت -مجلس", "person:روحانی" })
        {
            foreach (var kind in new[] { "relevance", "date", "facets", "offset", "collapse" })
            {
                data.Add(query, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Any_number_of_slices_gives_the_answer_of_one_pass(string query, string kind)
    {
        var request = kind switch
        {
            "date" => new SearchRequest(query) { Sort = SearchSort.Date, Limit = 30, Snippets = false },
            "facets" => new SearchRequest(query) { Facets = ["agency", "desk", "month", "person", "org", "place"], Limit = 15 },
            "offset" => new SearchRequest(query) { Offset = 7, Limit = 11, Snippets = false },
            "collapse" => new SearchRequest(query) { Collapse = true, Limit = 20, Snippets = false },
            _ => new SearchRequest(query) { Limit = 25 },
        };
        var one = Run(1, request);
        Assert.True(one.Total > 0, $"«{query}» matches nothing in the real articles");
        foreach (var slices in new[] { 2, 3, 7 })
        {
            var sliced = Run(slices, request);
            Assert.Equal(one.Total, sliced.Total);
            Assert.Equal(Flat(one.Facets), Flat(sliced.Facets));
            Assert.Equal(one.EntityFacets.SelectMany(f => f.Value.Select(e => $"{f.Key} {e}")), sliced.EntityFacets.SelectMany(f => f.Value.Select(e => $"{f.Key} {e}")));
            SameRanking(one.Hits, sliced.Hits);
            Assert.Equal(one.Hits.Select(h => string.Concat(h.Snippet.Select(p => p.Match ? $"[{p.Text}]" : p.Text))),
                sliced.Hits.Select(h => string.Concat(h.Snippet.Select(p => p.Match ? $"[{p.Text}]" : p.Text))));
        }
    }

    [Fact]
    public void The_empty_query_counts_from_kept_segment_totals_what_collecting_every_match_counts()
    {
        var facets = new[] { "agency", "desk", "month", "person", "org", "place" };
        foreach (var slices in new[] { 1, 3 })
        {
            var request = new SearchRequest("") { Facets = facets, Snippets = false };
            var all = Run(slices, request);
            var (collected, _) = new ArchiveSearcher(real.Archive.Index.OpenSearcher(), real.Archive.Store) { Slices = slices, KeptTotals = false }.Search(request);
            Assert.NotNull(collected);

            Assert.Equal(real.Archive.Store.Count, all.Total);
            Assert.Equal(all.Total, collected.Total);
            Assert.Equal(Flat(collected.Facets), Flat(all.Facets));
            Assert.NotEmpty(all.EntityFacets["person"]);
            Assert.Equal(collected.EntityFacets.SelectMany(f => f.Value.Select(e => $"{f.Key} {e}")), all.EntityFacets.SelectMany(f => f.Value.Select(e => $"{f.Key} {e}")));
        }
    }

    [Fact]
    public void The_empty_query_counts_an_updated_article_as_it_is_now()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("v1.jsonl", """{"title":"خبر اول","body":"متن نخست خبر درباره بودجه است.","newsCode":"77","link":"https://www.isna.ir/news/77","category":"سیاسی"}""",
            """{"title":"خبر دوم","body":"متن خبر دوم درباره ورزش است.","newsCode":"78","link":"https://www.isna.ir/news/78","category":"ورزشی"}"""));
        Assert.Contains(Desks(temp), d => d is { Value: "سیاسی", Count: 1 });

        temp.Ingest(temp.Records("v2.jsonl", """{"title":"خبر اول (ویرایش)","body":"متن تازه خبر درباره بودجه و مالیات است.","newsCode":"77","link":"https://www.isna.ir/news/77","category":"اقتصادی"}"""));

        var desks = Desks(temp);
        Assert.DoesNotContain(desks, d => d.Value == "سیاسی");
        Assert.Contains(desks, d => d is { Value: "اقتصادی", Count: 1 });
        Assert.Equal(2, desks.Sum(d => d.Count));
    }

    private static IReadOnlyList<FacetCount> Desks(TempArchive temp)
    {
        using var archive = temp.Open();
        var (response, error) = archive.Searcher().Search(new SearchRequest("") { Facets = ["desk"] });
        Assert.True(response is not null, error);
        return response.Facets["desk"];
    }

    [Fact]
    public void Slices_cover_every_document_once_in_order_and_about_equally()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES }))
        {
            foreach (var size in new[] { 1, 17, 3, 250, 40, 2, 99 })
            {
                for (var i = 0; i < size; i++)
                {
                    writer.AddDocument([new StringField("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO)]);
                }

                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(7, reader.Leaves.Count);
        foreach (var count in new[] { 1, 2, 3, 5, 8, 13, 412, 1000 })
        {
            var slices = DocSlices.Cut(reader.Leaves, count);
            Assert.Equal(Math.Min(count, reader.MaxDoc), slices.Count);
            var docs = slices.SelectMany(s => s).SelectMany(r => Enumerable.Range(r.Leaf.DocBase + r.Start, r.End - r.Start)).ToList();
            Assert.Equal(Enumerable.Range(0, reader.MaxDoc), docs);
            var sizes = slices.Select(s => s.Sum(r => r.End - r.Start)).ToList();
            Assert.True(sizes.Max() - sizes.Min() <= 1, $"{count} slices: sizes {string.Join(',', sizes)}");
            Assert.All(slices.SelectMany(s => s), r => Assert.True(r.Start < r.End && r.End <= r.Leaf.AtomicReader.MaxDoc));
        }
    }

    [Fact]
    public void A_large_index_is_cut_into_one_slice_per_core_and_a_small_one_is_not_cut()
    {
        Assert.Equal(1, DocSlices.CountFor(0));
        Assert.Equal(1, DocSlices.CountFor(DocSlices.MinDocs - 1));
        Assert.Equal(Environment.ProcessorCount, DocSlices.CountFor(1_000_000 * Environment.ProcessorCount));
    }

    private SearchResponse Run(int slices, SearchRequest request)
    {
        var (response, error) = real.Archive.Searcher(slices).Search(request);
        Assert.True(response is not null, error);
        return response;
    }

    private static List<string> Flat(IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> facets) =>
        facets.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(v => $"{f.Key} {v.Value} {v.Count}")).ToList();

    /// <summary>
    /// The same hits in the same order; only hits whose scores differ by rounding (a sum added in another order) may
    /// swap places.
    /// </summary>
    private static void SameRanking(IReadOnlyList<SearchHit> expected, IReadOnlyList<SearchHit> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i].Score - actual[i].Score) <= 1e-4f * Math.Max(1, Math.Abs(expected[i].Score)),
                $"rank {i}: score {expected[i].Score} vs {actual[i].Score}");
            if (expected[i].Id != actual[i].Id)
            {
                var near = actual.Where(h => Math.Abs(h.Score - expected[i].Score) <= 1e-4f * Math.Max(1, Math.Abs(h.Score))).Select(h => h.Id);
                Assert.Contains(expected[i].Id, near);
            }
        }
    }
}
