using Khabar.Archive.Ingest;
using Khabar.Archive.Search;
using Khabar.Archive.Tests.Dedup;
using Khabar.Model;

namespace Khabar.Archive.Tests;

/// <summary>
/// Many small batches, index commits between them, and articles changed again in the very next batch: the index,
/// duplicates and stories end equal to the store, each changed article indexed as its last version.
/// </summary>
public sealed class IngesterTests
{
    [SkippableFact]
    public void Small_batches_with_changes_in_the_next_batch_leave_index_duplicates_and_stories_equal_to_the_store()
    {
        var articles = new[] { "politics", "sport" }.SelectMany(c => IsnaArticles.Take(c, 60))
            .Select((a, i) => a with { NewsId = (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        Assert.True(articles.Count >= 120, $"only {articles.Count} ISNA articles read");
        // Each group of 7 is followed by changed versions of its first two (a new last paragraph), so with batches of
        // 7 an article is added in one batch and changed in the next.
        var results = new List<ItemResult>();
        for (var start = 0; start < articles.Count; start += 7)
        {
            var group = articles.Skip(start).Take(7).ToList();
            results.AddRange(group.Select(ItemResult.Ok));
            results.AddRange(group.Take(2).Select(a => ItemResult.Ok(a with { Paragraphs = [.. a.Paragraphs, "ویرایش " + a.NewsId] })));
        }

        using var temp = new TempArchive();
        IngestSummary summary;
        using (var archive = temp.Open())
        {
            summary = new Ingester(archive.Store, archive.Index, batchSize: 7, indexCommitEvery: 10, dedup: archive.Dedup).Run(results);
        }

        Assert.Equal((results.Count, articles.Count, 0L), (summary.Read, summary.Added, summary.Failed));
        Assert.Equal(results.Count - articles.Count, summary.Updated);
        using var reopened = temp.Open();
        Assert.Equal(0, reopened.Healed);
        Assert.Equal(articles.Count, reopened.Store.Count);
        Assert.Equal(articles.Count, reopened.Index.Count);
        Assert.Equal(reopened.Store.LastSequence, reopened.Index.Sequence);
        Assert.Equal(reopened.Store.LastSequence, reopened.Dedup.Store.Sequence);
        Assert.Equal(reopened.Store.LastSequence, reopened.Dedup.Stories.Sequence);

        // The changed versions are the ones indexed: each edit mark finds its article and nothing else.
        var searcher = reopened.Searcher();
        foreach (var article in articles.Where((_, i) => i % 7 < 2).Take(10))
        {
            var (response, error) = searcher.Search(new SearchRequest($"\"ویرایش {article.NewsId}\""));
            Assert.True(response is not null, error);
            var hit = Assert.Single(response!.Hits);
            Assert.Equal(article.NewsId, reopened.Store.Get(hit.Id)!.Article.NewsId);
        }
    }
}
