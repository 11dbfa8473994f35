namespace Khabar.Archive.Dedup;

/// <summary>
/// How a <see cref="BlockCache"/> cuts time and how much it holds: blocks <paramref name="Width"/> seconds wide, at
/// most <paramref name="MaxBlockArticles"/> in one block and <paramref name="MaxCachedArticles"/> over all, and never
/// fewer than the <paramref name="MinBlocks"/> one lookup needs.
/// </summary>
internal sealed record BlockLimits(long Width, int MaxBlockArticles, int MaxCachedArticles, int MinBlocks);
