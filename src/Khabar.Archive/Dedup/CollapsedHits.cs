using Lucene.Net.Search;

namespace Khabar.Archive.Dedup;

/// <summary>
/// Search results with one hit per duplicate group: the best-ranked copy is kept, the others are dropped. Groups
/// are usually small, so a window a few times the page is enough to fill the page after collapsing.
/// </summary>
public static class CollapsedHits
{
    /// <summary>How many ranked documents to collect to serve the page after collapsing.</summary>
    public static int Window(int offset, int limit, int max) => Math.Clamp((offset + limit) * 4 + 50, 1, max);

    /// <summary>The page of the ranked documents after keeping the first of each duplicate group.</summary>
    public static TopDocs Page(TopDocs ranked, Func<ScoreDoc, long> idOf, IDuplicateStore groups, int offset, int limit)
    {
        var ids = ranked.ScoreDocs.Select(idOf).ToArray();
        var canonicals = groups.Canonicals(ids);
        var seen = new HashSet<long>();
        var kept = new List<ScoreDoc>();
        for (var i = 0; i < ids.Length && kept.Count < offset + limit; i++)
        {
            if (seen.Add(canonicals.TryGetValue(ids[i], out var canonical) ? canonical : ids[i]))
            {
                kept.Add(ranked.ScoreDocs[i]);
            }
        }

        return new TopDocs(ranked.TotalHits, kept.Skip(offset).ToArray(), ranked.MaxScore);
    }
}
