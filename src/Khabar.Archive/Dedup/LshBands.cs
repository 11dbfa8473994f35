namespace Khabar.Archive.Dedup;

/// <summary>The LSH bucket keys of a fingerprint: one per band of signature values.</summary>
internal static class LshBands
{
    /// <summary>The bucket keys; none for a text too short to match other than exactly.</summary>
    public static long[] Of(Fingerprint fingerprint, DedupOptions options)
    {
        if (fingerprint.Shingles < options.MinShingles || fingerprint.Signature.Length < options.Hashes)
        {
            return [];
        }

        var keys = new long[options.Bands];
        for (var b = 0; b < keys.Length; b++)
        {
            keys[b] = Mix.Band(b, fingerprint.Signature.AsSpan(b * options.Rows, options.Rows));
        }

        return keys;
    }
}
