using Khabar.Archive.Dedup;
using Khabar.Model;

namespace Khabar.Archive.Tests.Dedup;

/// <summary>Near copies within the window, exact copies at any time; the buckets in memory never change the groups.</summary>
public sealed class TimeWindowTests
{
    [SkippableFact]
    public void Near_copies_group_within_the_window_and_exact_copies_at_any_distance()
    {
        var originals = IsnaArticles.Take("politics", 3);
        using var harness = new DedupHarness();

        harness.Add([
            .. originals,
            Republish.Trimmed(originals[0]) with { Published = originals[0].Published!.Value.AddDays(30) },
            originals[1] with { Agency = "ایرنا", Published = originals[1].Published!.Value.AddDays(400) },
            Republish.Trimmed(originals[2]) with { Published = originals[2].Published!.Value.AddDays(6) },
        ]);

        Assert.Equal(1, harness.GroupOf(1));
        Assert.Equal(4, harness.GroupOf(4));
        Assert.Equal(2, harness.GroupOf(5));
        Assert.Equal(3, harness.GroupOf(6));
    }

    [SkippableFact]
    public void Undated_articles_are_near_copies_of_undated_ones_only()
    {
        var originals = IsnaArticles.Take("tech", 3);
        using var harness = new DedupHarness();

        harness.Add([
            originals[0] with { Published = null },
            Republish.Trimmed(originals[0]) with { Published = null },
            originals[1],
            Republish.Trimmed(originals[1]) with { Published = null },
            originals[2],
            originals[2] with { Agency = "مهر", Published = null },
        ]);

        Assert.Equal(harness.GroupOf(1), harness.GroupOf(2));
        Assert.NotEqual(harness.GroupOf(3), harness.GroupOf(4));
        Assert.Equal(5, harness.GroupOf(6));
    }

    [SkippableFact]
    public void A_small_bucket_cache_gives_the_same_groups_in_any_order()
    {
        // Sixty originals two days apart (eighteen blocks), each trimmed copy a day later, added in shuffled batches.
        var originals = IsnaArticles.Take("economics", 60)
            .Select((a, i) => a with { Published = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(2 * i) }).ToList();
        List<Article> all = [.. originals, .. originals.Select(a => Republish.Trimmed(a) with { Published = a.Published!.Value.AddDays(1) })];
        var order = Enumerable.Range(0, all.Count).OrderBy(i => (i * 37) % all.Count).ToList();
        using var roomy = new DedupHarness();
        using var small = new DedupHarness(new DedupOptions { MaxCachedArticles = 1 });

        roomy.Add(all);
        var sequence = 0;
        foreach (var chunk in order.Chunk(10))
        {
            small.Dedup.Add(chunk.Select(i => (i + 1L, all[i])).ToList(), ++sequence);
        }

        // Every group is an original and its copy (one trimmed copy of these sixty keeps too little of its original).
        Assert.InRange(roomy.Groups().Count, 55, 60);
        Assert.All(roomy.Groups(), g => Assert.Equal($"{g.Split(':')[0]}:{g.Split(':')[0]},{int.Parse(g.Split(':')[0]) + 60}", g));
        Assert.Equal(roomy.Groups(), small.Groups());
    }

    [SkippableFact]
    public void Articles_another_writer_added_are_candidates()
    {
        var originals = IsnaArticles.Take("sport", 2);
        using var harness = new DedupHarness();
        harness.Add([originals[0]]);

        using (var other = Deduplication.Open(harness.File))
        {
            other.Add([(2, originals[1])], 2);
        }

        harness.Dedup.Add([(3, Republish.Trimmed(originals[1]))], 3);

        Assert.Equal(2, harness.GroupOf(3));
    }
}
