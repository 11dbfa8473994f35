using Khabar.Model;

namespace Khabar.Archive.Tests.Dedup;

public sealed class DuplicateFinderTests
{
    [SkippableFact]
    public void Republished_variants_of_real_articles_group_with_the_original()
    {
        var originals = IsnaArticles.Take("economics", 20);
        using var harness = new DedupHarness();

        // ids: 1-20 originals, 21-40 Borna's copies, 41-60 Mehr's, 61-80 Tasnim's.
        harness.Add([.. originals, .. originals.Select(Republish.AsBorna), .. originals.Select(Republish.Respelled),
            .. originals.Select(Republish.Trimmed)]);

        for (var i = 1; i <= 20; i++)
        {
            var group = harness.Dedup.Store.GroupOf(i)!;
            Assert.Equal([i, i + 20, i + 40, i + 60], group.Members.Order());
            Assert.Equal(i, group.Canonical);
        }
    }

    [SkippableTheory]
    [InlineData("politics")]
    [InlineData("sport")]
    [InlineData("tech")]
    public void Distinct_articles_on_the_same_topic_do_not_group(string category)
    {
        using var harness = new DedupHarness();
        harness.Add(IsnaArticles.Take(category, 150));

        Assert.Empty(harness.Groups());
    }

    [Fact]
    public void Exact_copies_group_and_the_earliest_is_canonical()
    {
        var at = new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero);
        Article Copy(string agency, int hours) => new()
        {
            Source = agency, Agency = agency, Published = at.AddHours(hours),
            Paragraphs = ["قیمت نان از فردا ده درصد گران می‌شود."],
        };

        using var harness = new DedupHarness();
        harness.Add([Copy("ایسنا", 5), Copy("ایرنا", 1), Copy("مهر", 3), Copy("فارس", 0) with { Paragraphs = ["خبری دیگر."] }]);

        var group = harness.Dedup.Store.GroupOf(1)!;
        Assert.Equal([2L, 3, 1], group.Members);
        Assert.Equal(2, group.Canonical);
        Assert.Equal([4L], harness.Dedup.Store.GroupOf(4)!.Members);
    }

    [SkippableFact]
    public void Incremental_batches_give_the_same_groups_as_one_batch()
    {
        var originals = IsnaArticles.Take("cinema", 30);
        List<Article> all = [.. originals, .. originals.Take(15).Select(Republish.AsBorna), .. originals.Skip(10).Take(15).Select(Republish.Trimmed),
            .. originals.Take(8).Select(Republish.Respelled)];
        using var once = new DedupHarness();
        using var inSteps = new DedupHarness();

        once.Add(all);
        // Copies before originals, in batches of 7: the canonical must still be the earliest article.
        var order = Enumerable.Range(0, all.Count).Reverse().ToList();
        foreach (var chunk in order.Chunk(7))
        {
            inSteps.Dedup.Add(chunk.Select(i => (i + 1L, all[i])).ToList(), chunk[0] + 1);
        }

        Assert.NotEmpty(once.Groups());
        Assert.Equal(once.Groups(), inSteps.Groups());
    }

    [SkippableFact]
    public void An_article_that_changes_leaves_its_group()
    {
        var originals = IsnaArticles.Take("sport", 3);
        using var harness = new DedupHarness();
        harness.Add([originals[0], Republish.AsBorna(originals[0]), originals[1]]);
        Assert.Equal(1, harness.GroupOf(2));

        harness.Add([Republish.AsBorna(originals[2])], firstId: 2);

        Assert.Equal(2, harness.GroupOf(2));
        Assert.Equal([1L], harness.Dedup.Store.GroupOf(1)!.Members);
    }
}
