namespace Khabar.Archive.Store;

/// <summary>Figures about what the store holds.</summary>
public sealed record StoreStats(long Articles, long WithDate, DateTimeOffset? First, DateTimeOffset? Last,
    IReadOnlyList<(string Agency, long Count)> ByAgency);
