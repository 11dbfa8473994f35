namespace Khabar.Fetching;

/// <summary>What a fetch brought back: a body, "not modified", or an error; with the validators for next time.</summary>
public sealed record FetchResult(Uri Url, int Status, string? ContentType, byte[]? Body, string? Error)
{
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>The validators to send with the next fetch of the same URL.</summary>
    public Validators Validators => new(ETag, LastModified);

    /// <summary>True for 304: the copy from the last fetch is still current.</summary>
    public bool NotModified => Status == 304;

    public static FetchResult Fail(Uri url, string error, int status = 0) => new(url, status, null, null, error);
}
