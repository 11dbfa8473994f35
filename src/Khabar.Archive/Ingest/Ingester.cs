using System.Collections.Concurrent;
using Khabar.Archive.Dedup;
using Khabar.Archive.Index;
using Khabar.Archive.Store;
using Khabar.Model;

namespace Khabar.Archive.Ingest;

/// <summary>
/// Streams results into the archive: bare names linked to the entities the store has learned (see
/// <see cref="BatchLinker"/>), then the store, one transaction per batch; then the index (committed every so
/// many articles with the store sequence it reflects) and, when given, duplicate detection, side by side, while the
/// next batch is linked and written (duplicate groups and stories have a file of their own for that). Reading and
/// extraction run on threads of their own, ahead of the writes by at most a bounded queue, so memory stays bounded
/// whatever the input size. At the end, with <paramref name="linkEarlier"/>, the stored articles whose bare names (a
/// surname, a shorter name) the run's lessons link otherwise are linked again with all it learned
/// (<see cref="EarlierArticles"/>), so an article read before the full name is linked as one read after it.
/// </summary>
public sealed class Ingester(IArticleStore store, ArchiveIndex index, int batchSize = 500, int indexCommitEvery = 20_000,
    Deduplication? dedup = null, bool linkEarlier = true)
{
    // Rounds of linking earlier articles again; each after the first follows only what the one before changed.
    private const int MaxRelinkRounds = 4;

    /// <summary>Ingests the results; reports progress after every batch.</summary>
    public IngestSummary Run(IEnumerable<ItemResult> results, Action<IngestProgress>? progress = null)
    {
        long read = 0, added = 0, updated = 0, unchanged = 0, failed = 0, sinceCommit = 0;
        var errors = new List<ItemError>();
        var batch = new List<Article>(batchSize);
        // What follows the store for the batch before (index puts, then duplicate groups and stories), still running:
        // it overlaps this batch's linking and store write. It is waited for before the next batch's follow-up (both
        // take batches in store order) and before every index commit (a commit never records a sequence whose
        // articles are not all put).
        var following = Task.CompletedTask;
        using var follower = new FollowThread();
        var heap = new HeapGuard();
        var lessons = new EarlierArticles();

        void Flush()
        {
            BatchLinker.Link(batch, store.Learned, store.Find);
            if (linkEarlier)
            {
                lessons.Batch(batch, store.Learned);
            }

            var outcomes = store.Write(batch);
            var written = new List<(long Id, Article Article)>(batch.Count);
            var addedIds = new HashSet<long>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var (id, outcome) = outcomes[i];
                switch (outcome)
                {
                    case WriteOutcome.Added: added++; addedIds.Add(id); break;
                    case WriteOutcome.Updated: updated++; break;
                    default: unchanged++; continue;
                }

                written.Add((id, batch[i]));
                sinceCommit++;
            }

            var sequence = store.LastSequence;
            following.GetAwaiter().GetResult();
            following = follower.Post(() => Follow(written, addedIds, sequence));
            batch.Clear();
            if (sinceCommit >= indexCommitEvery)
            {
                following.GetAwaiter().GetResult();
                index.Commit(sequence);
                sinceCommit = 0;
            }

            heap.Check();
            progress?.Invoke(new IngestProgress(read, added, updated, unchanged, failed));
        }

        try
        {
            foreach (var result in ReadAhead(results))
            {
                read++;
                if (result.Article is { } article)
                {
                    batch.Add(article);
                    if (batch.Count >= batchSize)
                    {
                        Flush();
                    }
                }
                else if (result.Error is { } error)
                {
                    failed++;
                    if (errors.Count < IngestSummary.MaxErrorsKept)
                    {
                        errors.Add(error);
                    }
                }
            }

            if (batch.Count > 0)
            {
                Flush();
            }
        }
        catch
        {
            // A follow-up still running must end before the caller closes the index; the first failure is the one reported.
            try
            {
                following.GetAwaiter().GetResult();
            }
            catch (Exception)
            {
            }

            throw;
        }

        following.GetAwaiter().GetResult();
        index.Commit(store.LastSequence);
        return new IngestSummary(read, added, updated, unchanged, failed, errors) { Relinked = LinkEarlier(lessons) };
    }

    // The stored articles the run's lessons link afresh (EarlierArticles), written back as updates a batch per
    // transaction, then indexed and followed as any update. An article linked again can teach otherwise (an
    // organisation's shorter name joins its full name): the lessons of those that do are followed in a next round,
    // until a round links none.
    private long LinkEarlier(EarlierArticles lessons)
    {
        var relinked = new HashSet<long>();
        for (var round = 0; linkEarlier && !lessons.Empty && round < MaxRelinkRounds; round++)
        {
            var next = new EarlierArticles();
            var wrote = false;
            foreach (var pairs in lessons.Relinked(store, index).Chunk(batchSize))
            {
                var chunk = pairs.Select(p => p.Linked).ToArray();
                next.Batch(pairs.Where(p => EarlierArticles.TeachesOtherwise(p.Stored, p.Linked)).Select(p => p.Linked), store.Learned);
                var outcomes = store.Write(chunk);
                var written = new List<(long Id, Article Article)>(chunk.Length);
                for (var i = 0; i < chunk.Length; i++)
                {
                    if (outcomes[i].Outcome == WriteOutcome.Updated)
                    {
                        written.Add((outcomes[i].Id, chunk[i]));
                    }
                }

                wrote |= written.Count > 0;
                relinked.UnionWith(written.Select(w => w.Id));
                Follow(written, [], store.LastSequence);
            }

            if (!wrote)
            {
                break;
            }

            index.Commit(store.LastSequence);
            lessons = next;
        }

        return relinked.Count;
    }

    // The index and dedup both follow the store and not each other, so they run side by side; a crash in between is
    // healed on the next opening.
    private void Follow(List<(long Id, Article Article)> written, HashSet<long> addedIds, long sequence)
    {
        var indexing = Task.Run(() => PutAll(written, addedIds));
        try
        {
            dedup?.Add(written, sequence);
        }
        finally
        {
            indexing.GetAwaiter().GetResult();
        }
    }

    // Analysis is most of an index put and IndexWriter takes documents from several threads; an article written
    // twice in one batch is put once, as its last version, so no ordering between threads matters. An id the store
    // added in this batch has no document yet (the index never runs ahead of the store), so it is added, not replaced.
    private void PutAll(List<(long Id, Article Article)> written, HashSet<long> addedIds)
    {
        var last = new Dictionary<long, Article>(written.Count);
        foreach (var (id, article) in written)
        {
            last[id] = article;
        }

        Parallel.ForEach(last, pair =>
        {
            var stored = new StoredArticle(pair.Key, 0, "", "", pair.Value);
            if (addedIds.Contains(pair.Key))
            {
                index.PutNew(stored);
            }
            else
            {
                index.Put(stored);
            }
        });
    }

    private static IEnumerable<ItemResult> ReadAhead(IEnumerable<ItemResult> results)
    {
        using var queue = new BlockingCollection<ItemResult>(boundedCapacity: 1024);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var result in results)
                {
                    queue.Add(result, stop.Token);
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        });

        try
        {
            foreach (var result in queue.GetConsumingEnumerable())
            {
                yield return result;
            }
        }
        finally
        {
            // A consumer that stops early (or fails) must not leave the producer blocked on a full queue.
            stop.Cancel();
            try
            {
                producer.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
