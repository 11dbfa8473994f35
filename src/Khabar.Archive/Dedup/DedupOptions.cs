namespace Khabar.Archive.Dedup;

/// <summary>
/// The knobs of near-duplicate detection. The defaults were chosen on the Dedup bench (bench/Khabar.Bench.Dedup):
/// 128 MinHash values in 32 bands of 4 find pairs whose shingle overlap (Jaccard) is 0.5 with probability 0.87 and
/// 0.6 with 0.99, while pairs of distinct same-topic articles (Jaccard under 0.1) almost never share a bucket.
/// Containment decides: 99% of republished copies keep 0.92 or more of the shorter text, while distinct articles
/// built on one press release or template (an 11-month and a 12-month report) share at most about 0.85.
/// </summary>
public sealed record DedupOptions
{
    /// <summary>Characters per shingle, counted over the folded text with spaces and half-spaces removed.</summary>
    public int ShingleChars { get; init; } = 9;

    /// <summary>One shingle in this many is kept (chosen by its hash, so every copy keeps the same ones).</summary>
    public int SampleEvery { get; init; } = 4;

    /// <summary>Number of LSH bands; the signature has <see cref="Bands"/> × <see cref="Rows"/> values.</summary>
    public int Bands { get; init; } = 32;

    /// <summary>Signature values per band.</summary>
    public int Rows { get; init; } = 4;

    /// <summary>A candidate pair is a duplicate when this share of the smaller text's shingles is in the larger.</summary>
    public double MinContainment { get; init; } = 0.9;

    /// <summary>... and their estimated Jaccard similarity reaches this: a brief quoted inside a long report is no copy.</summary>
    public double MinJaccard { get; init; } = 0.3;

    /// <summary>Texts with fewer sampled shingles are matched only exactly: too short to judge as near copies.</summary>
    public int MinShingles { get; init; } = 12;

    /// <summary>At most this many candidates are read per article, so one flooded bucket cannot stall a batch.</summary>
    public int MaxCandidates { get; init; } = 400;

    /// <summary>
    /// Near copies are published at most this far apart (exact copies at any distance). Two undated articles may be
    /// near copies; an undated and a dated one only exact copies. LSH buckets are kept per block of this width, so
    /// finding an article's candidates looks at three blocks (its own and both neighbours) however large the archive.
    /// </summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    /// <summary>At most this many articles' buckets are held in memory over all blocks (least recently used go first).</summary>
    public int MaxCachedArticles { get; init; } = 1_000_000;

    /// <summary>A block in memory holds at most the newest this many articles; older ones match only exactly.</summary>
    public int MaxBlockArticles { get; init; } = 200_000;

    /// <summary>Signature length.</summary>
    public int Hashes => Bands * Rows;

    /// <summary>The defaults.</summary>
    public static DedupOptions Default { get; } = new();
}
