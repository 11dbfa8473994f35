using Khabar.Archive.Dedup;
using Khabar.Archive.Dedup.Stories;
using Khabar.Model;

namespace Khabar.Archive.Tests.Dedup;

/// <summary>The story keys of each day are held in memory and rebuilt from the stored articles: stories never depend on which.</summary>
public sealed class StoryDayTests
{
    [SkippableFact]
    public void Stories_are_the_same_whether_the_days_stay_in_memory_or_are_read_back_after_reopening()
    {
        // Forty real reports a day apart, each followed the next day by another agency's report under the same
        // title with another report's text: one story each by shared title words, not by copied text.
        var reports = IsnaArticles.Take("politics", 80);
        var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(3.5));
        var originals = reports.Take(40).Select((a, i) => a with { Published = start.AddDays(i) }).ToList();
        var followUps = originals.Select((a, i) => reports[40 + i] with
        {
            Agency = "مهر", Title = a.Title, Published = a.Published!.Value.AddDays(1).AddHours(3),
        }).ToList();
        List<Article> all = [.. originals, .. followUps];
        var order = Enumerable.Range(0, all.Count).OrderBy(i => (i * 37) % all.Count).ToList();

        using var warm = new DedupHarness();
        using var apart = new DedupHarness();
        apart.Dedup.Dispose();
        var sequence = 0;
        foreach (var chunk in order.Chunk(7))
        {
            var batch = chunk.Select(i => (i + 1L, all[i])).ToList();
            warm.Dedup.Add(batch, ++sequence);
            // A fresh opening for every batch: every day is read back from the stored rows.
            using var reopened = Deduplication.Open(apart.File);
            reopened.Add(batch, sequence);
        }

        using var check = Deduplication.Open(apart.File);
        var stories = Enumerable.Range(1, all.Count).Select(id => warm.Dedup.Stories.StoryOf(id)).ToList();
        Assert.Equal(stories, Enumerable.Range(1, all.Count).Select(id => check.Stories.StoryOf(id)));
        // Most follow-ups joined their original's story (a few titles are too short or too common to decide).
        Assert.InRange(Enumerable.Range(1, 40).Count(id => stories[id - 1] == stories[id + 39]), 30, 40);
        Assert.InRange(stories.Distinct().Count(), 40, 50);
    }

    [Fact]
    public void A_batch_rolled_back_leaves_nothing_behind_in_memory()
    {
        using var harness = new DedupHarness();
        var stories = harness.Dedup.Stories;
        long[] keys = [11L << 32, 12L << 32, 13L << 32];
        const long Day = 19_800;
        using (var batch = stories.Begin())
        {
            batch.Put(1, Day * 86400, 1, keys);
            batch.Commit(1);
        }

        using (var batch = stories.Begin())
        {
            batch.Put(2, Day * 86400 + 60, 2, keys);
            Assert.Equal([1L, 2L], batch.WithKeys(keys, Day - 3, Day + 3, 10).Where(h => h.Key == keys[0]).Select(h => h.Id).Order());
        }

        using var next = stories.Begin();
        Assert.Equal([(keys[0], 1L), (keys[1], 1L), (keys[2], 1L)], next.WithKeys(keys, Day - 3, Day + 3, 10));
        Assert.Null(stories.StoryOf(2));
    }

    [Fact]
    public void Articles_published_in_a_window_are_counted_alike_from_the_day_blocks_and_from_the_stored_rows()
    {
        using var harness = new DedupHarness();
        var stories = harness.Dedup.Stories;
        const long Day = 19_800;
        var random = new Random(1403);
        var at = new Dictionary<long, long>();
        for (var round = 0; round < 6; round++)
        {
            using var batch = stories.Begin();
            for (var step = 0; step < 200; step++)
            {
                // Articles added, moved to another day, and taken out; some of them twice in one batch.
                var id = random.NextInt64(1, 300);
                batch.Remove(id);
                at.Remove(id);
                if (random.Next(4) > 0)
                {
                    var published = (Day + random.Next(-5, 6)) * 86400 + random.Next(86400);
                    batch.Put(id, published, id, [random.NextInt64()]);
                    at[id] = published;
                }
            }

            for (var day = Day - 4; day <= Day + 4; day++)
            {
                var expected = at.Values.Count(p => p >= (day - 3) * 86400 && p < (day + 4) * 86400);
                Assert.Equal(expected, batch.Published(day - 3, day + 3));
            }

            batch.Commit(round + 1);
        }

        // Read back from the rows after reopening: the same counts.
        harness.Dedup.Dispose();
        using var reopened = Deduplication.Open(harness.File);
        using var again = reopened.Stories.Begin();
        Assert.Equal(at.Values.Count(p => p >= (Day - 3) * 86400 && p < (Day + 4) * 86400), again.Published(Day - 3, Day + 3));
    }

    [Fact]
    public void A_block_loaded_at_its_cap_does_not_count_its_time_and_one_loaded_under_it_does()
    {
        var cache = new BlockCache(new BlockLimits(86400, 3, 100, 1));
        IEnumerable<(long, long?, IReadOnlyList<long>)> Rows(long day, int n) =>
            Enumerable.Range(1, n).Select(i => (day * 100 + i, (long?)(day * 86400), (IReadOnlyList<long>)[(long)i << 32]));
        Assert.False(cache.Get(1, (day, limit) => Rows(day, limit)).Whole);
        var under = cache.Get(2, (day, limit) => Rows(day, limit - 1));
        Assert.True(under.Whole);
        Assert.Equal(2, under.Count);
    }

    [Fact]
    public void A_day_block_finds_articles_by_key_through_merges_and_removals_and_keys_that_meet_by_chance()
    {
        var block = new PostingBlock();
        // Enough articles that the latest additions are merged into the sorted part several times.
        for (var id = 1L; id <= 3000; id++)
        {
            block.Add(id, 0, [Key(id % 7), Key(1000 + id), Key(id % 7) | 5]);
        }

        for (var id = 1L; id <= 3000; id += 2)
        {
            block.Remove(id);
        }

        block.Add(4, 0, [Key(1)]);

        List<long> Articles(long key)
        {
            var found = new List<long>();
            block.Articles(key, found, int.MaxValue);
            return found;
        }

        Assert.Equal(1500, block.Count);
        Assert.Equal(Enumerable.Range(1, 3000).Where(i => i % 2 == 0 && i % 7 == 3 && i != 4).Select(i => (long)i), Articles(Key(3)).Distinct().Order());
        Assert.Equal([6L], Articles(Key(1006)));
        Assert.Empty(Articles(Key(1003)));
        Assert.Empty(Articles(Key(1004)));
        // Keys held by their upper halves: one that differs only in its lower half meets the same articles.
        Assert.Equal(Articles(Key(5)), Articles(Key(5) | 5));
        Assert.Equal(2 * Articles(Key(5)).Distinct().Count(), Articles(Key(5)).Count);
        Assert.Contains(4L, Articles(Key(1)));
        var firstTwo = new List<long>();
        Assert.Equal(2, block.Articles(Key(3), firstTwo, 2));
        Assert.Equal(Articles(Key(3))[..2], firstTwo);
    }

    [Fact]
    public void A_day_block_with_additions_replacements_and_removals_between_its_merges_finds_what_a_plain_map_finds()
    {
        // Seeded: 40,000 steps, so that the latest additions are merged into the sorted part many times (in place),
        // with articles taken out and replaced in between, which each merge must drop.
        var random = new Random(1403);
        var block = new PostingBlock();
        var reference = new Dictionary<long, long[]>();
        for (var step = 0; step < 40_000; step++)
        {
            var id = random.NextInt64(1, 8_000);
            if (random.Next(5) == 0)
            {
                block.Remove(id);
                reference.Remove(id);
            }
            else
            {
                var keys = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Key(random.Next(300))).Distinct().ToArray();
                block.Add(id, 0, keys);
                reference[id] = keys;
            }
        }

        Assert.Equal(reference.Count, block.Count);
        for (var key = 0; key < 300; key++)
        {
            var found = new List<long>();
            block.Articles(Key(key), found, int.MaxValue);
            Assert.Equal(reference.Where(r => r.Value.Contains(Key(key))).Select(r => r.Key).Order(), found.Order());
        }
    }

    [Fact]
    public void A_block_loaded_in_one_pass_finds_what_a_block_built_article_by_article_finds()
    {
        // Seeded rows, some of one article twice (the later replaces the earlier), keys shared by many articles.
        var random = new Random(8);
        var rows = Enumerable.Range(0, 5_000).Select(_ =>
        {
            var keys = Enumerable.Range(0, random.Next(0, 5)).Select(_ => Key(random.Next(400))).Distinct().ToArray();
            return (Id: random.NextInt64(1, 3_000), Published: (long?)random.Next(86400), Keys: (IReadOnlyList<long>)keys);
        }).ToList();
        var loaded = PostingBlock.Load(rows);
        var built = new PostingBlock();
        foreach (var (id, published, keys) in rows)
        {
            built.Add(id, published, keys);
        }

        Assert.Equal(built.Count, loaded.Count);
        for (var key = 0; key < 400; key++)
        {
            List<long> inBuilt = [], inLoaded = [];
            built.Articles(Key(key), inBuilt, int.MaxValue);
            loaded.Articles(Key(key), inLoaded, int.MaxValue);
            Assert.Equal(inBuilt.Order(), inLoaded.Order());
            // Within a key, articles in the order they came in.
            Assert.Equal(inLoaded.Select(id => rows.FindLastIndex(r => r.Id == id)).Order(), inLoaded.Select(id => rows.FindLastIndex(r => r.Id == id)));
        }

        // A block loaded in one pass takes further additions and removals as any other.
        loaded.Add(9_001, 0, [Key(7)]);
        loaded.Remove(rows[^1].Id);
        var found = new List<long>();
        loaded.Articles(Key(7), found, int.MaxValue);
        Assert.Contains(9_001L, found);
        Assert.DoesNotContain(rows[^1].Id, found);
    }

    private static long Key(long n) => n << 32;
}
