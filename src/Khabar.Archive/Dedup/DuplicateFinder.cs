using Khabar.Model;

namespace Khabar.Archive.Dedup;

/// <summary>
/// Assigns articles to duplicate groups as they arrive: exact copies by hash, near copies by MinHash with LSH
/// buckets looked up per article in the time blocks around it, so a batch costs the same whether the archive holds
/// a thousand articles or a million. A group is a connected set of copies; its id is its canonical article (earliest published, then lowest
/// id), so the groups do not depend on the order articles came in. Nothing is deleted.
/// </summary>
public sealed class DuplicateFinder(IDuplicateStore store, Fingerprinter? fingerprinter = null)
{
    private readonly Fingerprinter fingerprinter = fingerprinter ?? new Fingerprinter();

    /// <summary>The similarity rules in use.</summary>
    public DedupOptions Options => fingerprinter.Options;

    /// <summary>Adds (or, for an article seen before, replaces) the articles, in one unit; records the sequence.</summary>
    public void Add(IReadOnlyList<(long Id, Article Article)> articles, long sequence)
    {
        var prepared = new (long Id, long? Published, Fingerprint Fingerprint)[articles.Count];
        // Fingerprinting is the CPU-bound part and needs no store: spread it over the cores before the writes.
        Parallel.For(0, articles.Count, i =>
        {
            var (id, article) = articles[i];
            prepared[i] = (id, article.Published?.ToUnixTimeSeconds(), fingerprinter.Of(article));
        });

        using var batch = store.Begin();
        foreach (var (id, published, fingerprint) in prepared)
        {
            Add(batch, new DedupEntry(id, published, id, fingerprint));
        }

        batch.Commit(sequence);
    }

    /// <summary>Whether two fingerprints are copies of one text.</summary>
    public bool Similar(Fingerprint a, Fingerprint b)
    {
        if (a.ExactHash != 0 && a.ExactHash == b.ExactHash)
        {
            return true;
        }

        if (a.Shingles < Options.MinShingles || b.Shingles < Options.MinShingles)
        {
            return false;
        }

        // Containment, not Jaccard: a copy with a paragraph dropped or chrome added is still all the other's text.
        var jaccard = a.Jaccard(b);
        return jaccard >= Options.MinJaccard && a.Containment(b, jaccard) >= Options.MinContainment;
    }

    /// <summary>
    /// Whether two entries are copies of one text: exact copies at any distance in time, near copies only when
    /// published within the window of each other (or both undated).
    /// </summary>
    public bool Matches(DedupEntry a, DedupEntry b) =>
        a.Fingerprint.ExactHash != 0 && a.Fingerprint.ExactHash == b.Fingerprint.ExactHash
        || TimeBlocks.Near(a.Published, b.Published, TimeBlocks.Width(Options)) && Similar(a.Fingerprint, b.Fingerprint);

    /// <summary>The LSH bucket keys of a fingerprint; none for a text too short to match other than exactly.</summary>
    public IReadOnlyList<long> Buckets(Fingerprint fingerprint) => LshBands.Of(fingerprint, Options);

    private void Add(IDuplicateBatch batch, DedupEntry entry)
    {
        if (batch.Get(entry.Id) is { } old)
        {
            new GroupSplitter(this, batch).Remove(old);
        }

        var buckets = Buckets(entry.Fingerprint);
        var groups = new HashSet<long>();
        if (!entry.Fingerprint.Empty)
        {
            foreach (var candidate in batch.Candidates(entry, buckets, Options.MaxCandidates))
            {
                if (candidate.Id != entry.Id && !groups.Contains(candidate.Group) && Matches(entry, candidate))
                {
                    groups.Add(candidate.Group);
                }
            }
        }

        var members = groups.SelectMany(batch.Members).Append(entry).ToList();
        var canonical = Canonical(members);
        batch.Put(entry with { Group = canonical }, buckets);
        foreach (var member in members)
        {
            if (member.Group != canonical && member.Id != entry.Id)
            {
                batch.SetGroup(member.Id, canonical);
            }
        }
    }

    /// <summary>The canonical member: earliest published (undated last), then lowest id.</summary>
    internal static long Canonical(IEnumerable<DedupEntry> members) =>
        members.OrderBy(m => m.Published ?? long.MaxValue).ThenBy(m => m.Id).First().Id;
}
