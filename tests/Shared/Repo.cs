namespace Khabar.Testing;

/// <summary>Paths of the repository and of the shared data set beside it, as tests see them.</summary>
internal static class Repo
{
    /// <summary>The repository root: the folder that holds Khabar.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// A path under ../shared. Skips the test when the folder is missing, unless KHABAR_REQUIRE_SHARED=1,
    /// where a missing shared folder is a failure.
    /// </summary>
    public static string Shared(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));
        if (System.IO.File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        var message = $"shared data not found: {path} (it sits beside the repository as ../shared)";
        if (Environment.GetEnvironmentVariable("KHABAR_REQUIRE_SHARED") == "1")
        {
            throw new InvalidOperationException(message + "; KHABAR_REQUIRE_SHARED=1 makes this a failure");
        }

        Skip.If(true, message);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Khabar.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Khabar.slnx not found above " + AppContext.BaseDirectory);
    }
}
