namespace Khabar.Fetching;

/// <summary>How politely and how far the fetcher goes.</summary>
public sealed record FetchOptions
{
    /// <summary>Says who is asking and where to read about it, as crawlers should.</summary>
    public string UserAgent { get; init; } = "KhabarBot/0.1 (+https://github.com/khabar; Persian news extraction; polite, honours robots.txt)";

    /// <summary>The robots.txt product token matched against User-agent lines.</summary>
    public string RobotsToken { get; init; } = "khabarbot";

    /// <summary>For the whole exchange of one request: connect, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The largest body accepted, after decompression.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>The least time between two requests to one host.</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    public bool HonourRobots { get; init; } = true;
}
