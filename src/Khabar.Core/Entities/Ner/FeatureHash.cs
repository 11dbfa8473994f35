using System.Runtime.CompilerServices;

namespace Khabar.Entities.Ner;

/// <summary>FNV-1a hashes of feature templates and values, so features cost no string allocation.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string value) => Of(value.AsSpan());

    public static ulong Of(ReadOnlySpan<char> value)
    {
        var h = Offset;
        foreach (var c in value)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>A feature: template number and value hashes mixed into one 32-bit id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(int template, ulong a, ulong b = 0, ulong c = 0)
    {
        var h = Offset ^ (ulong)template;
        h = Mix(h, a);
        h = Mix(h, b);
        h = Mix(h, c);
        return (uint)(h ^ (h >> 32));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, ulong v)
    {
        h ^= v;
        h *= Prime;
        h ^= h >> 29;
        return h * 0x9E3779B97F4A7C15UL;
    }
}
