using Khabar.Model;
using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Bench.Archive;

/// <summary>The real articles the measurements run on: the news sets in ../shared/data/news that have bodies.</summary>
internal static class Corpus
{
    public static readonly string[] Sets =
    [
        "langml-farsnews", "langml-varzesh3", "isna-5cat", "arefee-asriran-fars-raw",
    ];

    public static string SharedData(string root) => Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "news"));

    /// <summary>Every article of the sets, through the default pipeline.</summary>
    public static List<Article> Load(string root)
    {
        var folder = SharedData(root);
        var paths = Sets.Select(s => Path.Combine(folder, s));
        return PipelineBuilder.Default().Run(InputPaths.Expand(paths, () => Stream.Null))
            .Where(r => r.Article is not null).Select(r => r.Article!).ToList();
    }
}
