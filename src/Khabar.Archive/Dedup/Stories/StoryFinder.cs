using Khabar.Model;

namespace Khabar.Archive.Dedup.Stories;

/// <summary>
/// Puts each dated article into a story: the story of an earlier or later report within a few days that shares
/// enough of its keys (entities weigh most; keys common in the window do not count), or of any copy in its
/// duplicate group; otherwise a new story. Articles
/// join stories and never merge them, so one loose link cannot chain a week of news into one story.
/// </summary>
public sealed class StoryFinder(IStoryStore store, IDuplicateStore duplicates)
{
    /// <summary>Reports further apart than this many days are never one story.</summary>
    public const int WindowDays = 3;

    private const int MinShared = 3;
    private const double MinOverlap = 0.35;
    private const int MaxPerKey = 2000;

    // A key carried by more reports in the window than this (and than this share of them) names something always in
    // the news (a country, the government, a league): it cannot tie two reports to one event.
    private const int MinCommon = 8;
    private const double CommonShare = 0.015;

    /// <summary>Adds (or re-adds) the articles in one unit; records the sequence.</summary>
    public void Add(IReadOnlyList<(long Id, Article Article)> articles, long sequence)
    {
        using var batch = store.Begin();
        var common = new Dictionary<long, int>();
        foreach (var (id, article) in articles)
        {
            batch.Remove(id);
            if (article.Published is not { } at)
            {
                continue;
            }

            var keys = StoryKeys.Of(article);
            var day = TimeBlocks.Of(at.ToUnixTimeSeconds(), 86400);
            if (!common.TryGetValue(day, out var limit))
            {
                // Once per day and batch: the window's size changes little within a batch.
                common[day] = limit = Math.Max(MinCommon, (int)(CommonShare * batch.Published(day - WindowDays, day + WindowDays)));
            }

            var story = ByCopy(batch, id) ?? ByKeys(batch, id, keys, day, limit) ?? id;
            batch.Put(id, at.ToUnixTimeSeconds(), story, keys);
        }

        batch.Commit(sequence);
    }

    private long? ByCopy(IStoryBatch batch, long id)
    {
        var group = duplicates.GroupOf(id);
        return group?.Members.Where(m => m != id).Select(m => batch.Get(m)?.Story).FirstOrDefault(s => s is not null);
    }

    private static long? ByKeys(IStoryBatch batch, long id, long[] keys, long day, int maxCommon)
    {
        // A key with more than maxCommon hits is dropped whole, so more than one past that need not be read.
        var hits = batch.WithKeys(keys, day - WindowDays, day + WindowDays, Math.Min(MaxPerKey, maxCommon + 1));
        var common = hits.CountBy(h => h.Key).Where(k => k.Value > maxCommon).Select(k => k.Key).ToHashSet();
        var shared = new Dictionary<long, int>();
        foreach (var (key, other) in hits)
        {
            if (other != id && !common.Contains(key))
            {
                shared[other] = shared.GetValueOrDefault(other) + 1;
            }
        }

        var candidates = shared.Where(s => s.Value >= MinShared).Select(s => s.Key).Order().ToList();
        var found = batch.GetMany(candidates);
        var own = keys.Where(k => !common.Contains(k)).ToHashSet();
        var best = (Story: (long?)null, Score: 0.0);
        foreach (var other in candidates)
        {
            if (!found.TryGetValue(other, out var story))
            {
                continue;
            }

            // Counted again on the candidate's own keys: the hits may name an article for a key it does not carry.
            var (all, entities) = (0, 0);
            foreach (var key in story.Keys)
            {
                if (own.Contains(key))
                {
                    all++;
                    entities += StoryKeys.IsEntity(key) ? 1 : 0;
                }
            }

            // Overlap of the smaller key set: a short wire brief and a long report of one event share most of the brief.
            var score = (all + entities) / (double)Math.Max(1, Math.Min(keys.Length, story.Keys.Length));
            if (all >= MinShared && score >= MinOverlap && (entities > 0 || all >= MinShared + 2) && score > best.Score)
            {
                best = (story.Story, score);
            }
        }

        return best.Story;
    }
}
