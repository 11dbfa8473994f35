using Khabar.Archive.Store;
using Khabar.Entities.Learning;
using Khabar.Model;

namespace Khabar.Archive.Relinking;

/// <summary>What relinking did: articles read, articles whose links changed and were written back, articles skipped.</summary>
public sealed record RelinkSummary(long Read, long Relinked, long Skipped);

/// <summary>
/// Links the stored articles again as this version links their phrases, and their bare names with what the archive
/// has learned now (see <see cref="ArchiveLinker.Relink"/>): first the learned names are learned afresh from the stored articles, then
/// every article stored before the run started is read once, and those whose links change are written back, a batch
/// per transaction, as updates (their ids stay; the index and duplicate detection follow the new sequence). What is
/// taught does not depend on links, so the knowledge is the same for every article and the order does not matter;
/// a run stopped part-way leaves articles linked either way, each consistent with the learned tables, and running
/// it again finishes the work.
/// </summary>
public sealed class Relinker(IArticleStore store, int batchSize = 500)
{
    /// <summary>Relinks the store; reports the articles read after every batch written.</summary>
    public RelinkSummary Run(Action<RelinkSummary>? progress = null)
    {
        store.Relearn();
        var learned = store.Learned;
        var end = store.LastSequence;
        long read = 0, relinked = 0, skipped = 0;
        var batch = new List<Article>(batchSize);

        void Flush()
        {
            foreach (var (_, outcome) in store.Write(batch))
            {
                if (outcome == WriteOutcome.Updated)
                {
                    relinked++;
                }
                else
                {
                    skipped++;
                }
            }

            batch.Clear();
            progress?.Invoke(new RelinkSummary(read, relinked, skipped));
        }

        foreach (var stored in store.ChangedSince(0).TakeWhile(s => s.Sequence <= end))
        {
            read++;
            if (LinkedAgain(stored, learned, out var skip, asThisVersion: true) is not { } article)
            {
                skipped += skip ? 1 : 0;
                continue;
            }

            batch.Add(article);
            if (batch.Count >= batchSize)
            {
                Flush();
            }
        }

        if (batch.Count > 0)
        {
            Flush();
        }

        return new RelinkSummary(read, relinked, skipped);
    }

    /// <summary>
    /// The stored article linked again with <paramref name="learned"/> (<see cref="ArchiveLinker.Relink"/>), its
    /// phrases linked as this version links them when <paramref name="asThisVersion"/> (reindex, for archives made by
    /// an earlier version; ingest, whose own articles this version linked, does not spend the time), or null when its
    /// links do not change. It is written back by identity, so one whose identity no longer comes out as stored is
    /// left alone rather than stored twice: null, with <paramref name="skipped"/> set.
    /// </summary>
    internal static Article? LinkedAgain(StoredArticle stored, LearnedNames learned, out bool skipped, bool asThisVersion = false)
    {
        var article = ArchiveLinker.Relink(stored.Article, learned, asThisVersion);
        skipped = !ReferenceEquals(article, stored.Article) && ArticleIdentity.Of(article) != stored.Identity;
        return ReferenceEquals(article, stored.Article) || skipped ? null : article;
    }
}
