using Microsoft.Extensions.Configuration;

namespace Khabar.Web;

/// <summary>How a server runs: the archive it serves, where it listens, the ingest token and the request caps.</summary>
public sealed record ServeOptions
{
    /// <summary>The environment variable that holds the ingest token when none is given on the command line.</summary>
    public const string TokenVariable = "KHABAR_TOKEN";

    /// <summary>The address a server listens on unless told otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>The archive folder.</summary>
    public required string Archive { get; init; }

    /// <summary>The addresses to listen on; null leaves it to ASP.NET Core's own settings.</summary>
    public IReadOnlyList<string>? Urls { get; init; }

    /// <summary>The token write endpoints require (Authorization: Bearer …); null turns ingest off.</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body ingest accepts, in bytes.</summary>
    public long MaxIngestBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Options from configuration: Khabar:Archive, Khabar:Token, else KHABAR_ARCHIVE, KHABAR_TOKEN.</summary>
    public static ServeOptions From(IConfiguration configuration) => new()
    {
        Archive = Value(configuration, "Khabar:Archive", "KHABAR_ARCHIVE") ?? "khabar-data",
        Token = Value(configuration, "Khabar:Token", TokenVariable),
    };

    private static string? Value(IConfiguration configuration, params string[] keys) =>
        keys.Select(k => configuration[k]).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
