namespace Khabar.Archive.Store;

/// <summary>What writing one article did to the store.</summary>
public enum WriteOutcome
{
    Added,
    Updated,
    Unchanged,
}
