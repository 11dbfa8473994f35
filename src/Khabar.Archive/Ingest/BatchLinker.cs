using Khabar.Archive.Store;
using Khabar.Entities.Learning;
using Khabar.Model;

namespace Khabar.Archive.Ingest;

/// <summary>
/// Links a batch's bare names to what the archive has learned, in input order: each article sees what the store has
/// committed and what the articles before it in the batch teach, so where a batch is cut does not change the links
/// of an article that follows its full name. An article that replaces a stored one (or an earlier one of the batch)
/// takes back what that version taught, as the store will, so ingesting an article again does not count it twice.
/// </summary>
public static class BatchLinker
{
    /// <summary>Replaces each article of the batch by its linked version (<paramref name="stored"/>: the stored articles by identity).</summary>
    public static void Link(List<Article> batch, LearnedNames committed, Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, Article>>? stored = null)
    {
        var known = committed.Pending();
        var identities = stored is null ? null : batch.Select(ArticleIdentity.Of).ToList();
        var previous = stored is null ? null : new Dictionary<string, Article>(stored(identities!.Distinct().ToList()), StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i] = ArchiveLinker.Link(batch[i], known);
            if (previous is not null && previous.TryGetValue(identities![i], out var replaced))
            {
                known.Add(TaughtEntity.Of(replaced.Entities), -1);
            }

            known.Add(TaughtEntity.Of(batch[i].Entities));
            if (previous is not null)
            {
                previous[identities![i]] = batch[i];
            }
        }
    }
}
