using System.CommandLine;

namespace Khabar.Cli.Commands;

/// <summary>The <c>--archive DIR</c> option every archive command takes.</summary>
internal static class ArchiveOption
{
    /// <summary>The environment variable that names the default archive folder.</summary>
    public const string Variable = "KHABAR_ARCHIVE";

    public static Option<string> Create() => new("--archive")
    {
        Description = $"The archive folder (default: ${Variable}, else ./khabar-data)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? folder : "khabar-data",
    };
}
