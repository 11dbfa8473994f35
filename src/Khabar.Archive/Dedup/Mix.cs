namespace Khabar.Archive.Dedup;

/// <summary>64-bit mixing (SplitMix64's finalizer): spreads every input bit over every output bit.</summary>
internal static class Mix
{
    public static ulong Final(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public static ulong Next(ref ulong state) => Final(state += 0x9E3779B97F4A7C15UL);

    /// <summary>The LSH bucket key of one band: the band number and its signature values hashed together.</summary>
    public static long Band(int band, ReadOnlySpan<uint> values)
    {
        var h = (ulong)band * 0x9E3779B97F4A7C15UL;
        foreach (var v in values)
        {
            h = Final(h ^ v);
        }

        return (long)h;
    }
}
