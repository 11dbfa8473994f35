using Khabar.Entities.Learning;
using Khabar.Model;

namespace Khabar.Archive.Store;

/// <summary>
/// The system of record. Small on purpose, so that a server database can take SQLite's place without touching
/// the pipeline or the index. Every change gets a new, higher sequence number; the index follows the sequence.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>
    /// Writes a batch atomically: all of it or none, with what its articles' entities teach (<see cref="Learned"/>) in the
    /// same transaction. Returns, per article, its id and what happened. An added article gets an id no article has
    /// had before (articles are never deleted), which lets the index add its document without looking for an older one.
    /// </summary>
    IReadOnlyList<(long Id, WriteOutcome Outcome)> Write(IReadOnlyList<Article> batch);

    /// <summary>One article by archive id, or null.</summary>
    StoredArticle? Get(long id);

    /// <summary>The stored articles with these identities (<see cref="ArticleIdentity"/>), by identity; those not stored are absent.</summary>
    IReadOnlyDictionary<string, Article> Find(IReadOnlyCollection<string> identities);

    /// <summary>Articles whose sequence is above <paramref name="sequence"/>, in sequence order (0: all).</summary>
    IEnumerable<StoredArticle> ChangedSince(long sequence);

    /// <summary>The highest sequence number given so far (0 when empty).</summary>
    long LastSequence { get; }

    /// <summary>How many articles the store holds.</summary>
    long Count { get; }

    /// <summary>Adds one run to the ingest log, with the reasons of its failures.</summary>
    void Log(IngestRecord run, IReadOnlyList<ItemError> errors);

    /// <summary>The most recent ingest runs, newest first.</summary>
    IReadOnlyList<IngestRecord> RecentRuns(int count);

    /// <summary>Article counts per agency, and the first and last publication instants.</summary>
    StoreStats Stats();

    /// <summary>
    /// The people and organisations learned from every committed article (loaded on first use, then kept in step with
    /// each committed batch), which the ingest links bare names against.
    /// </summary>
    LearnedNames Learned { get; }

    /// <summary>
    /// Learns <see cref="Learned"/> afresh from every stored article, in one transaction (after a change of what an
    /// article teaches, the stored counts follow the articles again).
    /// </summary>
    void Relearn();

    /// <summary>The learned entities as stored now, and their forms (those of people made from their names).</summary>
    (IReadOnlyList<LearnedEntity> Entities, IReadOnlyList<LearnedName> Names) ReadLearned();
}
