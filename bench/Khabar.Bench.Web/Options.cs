using System.Globalization;

namespace Khabar.Bench.Web;

/// <summary>The bench's arguments: counts, and the inputs to build its archive from.</summary>
internal static class Options
{
    public static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Paths given, else the shared news sets with bodies when they are there, else the samples.</summary>
    public static string[] Paths(string[] args, string root)
    {
        var given = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToArray();
        if (given.Length > 0)
        {
            return given.Select(Path.GetFullPath).ToArray();
        }

        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "news"));
        string[] sets = ["langml-farsnews", "isna-5cat"];
        return sets.All(s => Directory.Exists(Path.Combine(shared, s)))
            ? sets.Select(s => Path.Combine(shared, s)).ToArray()
            : [Path.Combine(root, "samples")];
    }

    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Khabar.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }
}
