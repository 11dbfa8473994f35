namespace Khabar.Archive.Dedup;

/// <summary>
/// What dedup keeps of an article's copy: a hash of the whole folded text (exact copies), the number of sampled
/// shingles, and the MinHash signature (near copies); <see cref="Empty"/> when the article has no copy to compare.
/// </summary>
public sealed record Fingerprint(long ExactHash, int Shingles, uint[] Signature)
{
    /// <summary>Whether there was any text at all.</summary>
    public bool Empty => Shingles == 0 && ExactHash == 0;

    /// <summary>The share of equal signature values: an estimate of the two shingle sets' Jaccard similarity.</summary>
    public double Jaccard(Fingerprint other)
    {
        var n = Math.Min(Signature.Length, other.Signature.Length);
        if (n == 0)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < n; i++)
        {
            same += Signature[i] == other.Signature[i] ? 1 : 0;
        }

        return (double)same / n;
    }

    /// <summary>The estimated share of the smaller set that is in the larger one, from the Jaccard estimate and sizes.</summary>
    public double Containment(Fingerprint other, double jaccard)
    {
        var smaller = Math.Min(Shingles, other.Shingles);
        if (smaller == 0)
        {
            return 0;
        }

        var shared = jaccard * (Shingles + other.Shingles) / (1 + jaccard);
        return Math.Min(1, shared / smaller);
    }
}
