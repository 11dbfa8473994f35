namespace Khabar.Bench.Ner;

/// <summary>The repository root, the shared data folder and the option reader.</summary>
internal static class Paths
{
    /// <summary>The folder that holds Khabar.slnx, searched from the working directory and the binary.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared data folder, or the one given with --data.</summary>
    public static string Data(string[] args) => Option(args, "--data") ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>The cached word clusters.</summary>
    public static string ClusterCache => Path.Combine(Root, ".build", "ner", "clusters.tsv.gz");

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
