namespace Khabar.Archive.Dedup;

/// <summary>
/// The time rule of near copies: publication instants (Unix seconds) fall into blocks one window wide, and two
/// articles can be near copies only when both are undated or both are dated within one window of each other.
/// </summary>
internal static class TimeBlocks
{
    /// <summary>The block of undated articles.</summary>
    public const long Undated = long.MinValue;

    /// <summary>The block of a publication instant.</summary>
    public static long Of(long? published, long width) =>
        published is { } at ? at / width - (at % width < 0 ? 1 : 0) : Undated;

    /// <summary>The blocks whose articles can be near copies of one published then: its own and both neighbours.</summary>
    public static long[] Around(long? published, long width) =>
        Of(published, width) is var block && block == Undated ? [Undated] : [block - 1, block, block + 1];

    /// <summary>Whether two publication instants are close enough for near copies.</summary>
    public static bool Near(long? a, long? b, long width) =>
        a is { } x ? b is { } y && Math.Abs(x - y) <= width : b is null;

    /// <summary>The window's width in whole seconds.</summary>
    public static long Width(DedupOptions options) => Math.Max(1, (long)options.Window.TotalSeconds);
}
