namespace Khabar.Fetching;

/// <summary>What a server said identifies the copy it sent (ETag, Last-Modified); sent back to ask "changed since?".</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    /// <summary>True when the server gave at least one of the two.</summary>
    public bool Any => ETag is not null || LastModified is not null;
}
