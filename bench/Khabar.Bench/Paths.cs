namespace Khabar.Bench;

/// <summary>The repository root and the shared data folder beside it.</summary>
internal static class Paths
{
    /// <summary>The folder that holds Khabar.slnx, searched from the working directory and the binary.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under ../shared.</summary>
    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    /// <summary>The value after an option name, or the fallback.</summary>
    public static string? Option(string[] args, string name, string? fallback = null)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Khabar.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Khabar.slnx not found");
    }
}
