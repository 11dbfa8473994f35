using System.IO.Compression;
using System.Text;
using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>Word clusters as a gzip text file, <c>key TAB bits TAB depth</c> per line, to reuse between runs.</summary>
public static class ClusterFile
{
    /// <summary>Writes the clusters.</summary>
    public static void Save(WordClusters clusters, string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        foreach (var (key, p) in clusters.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write($"{key}\t{p.Bits}\t{p.Depth}\n");
        }
    }

    /// <summary>Reads clusters written by <see cref="Save"/>.</summary>
    public static WordClusters Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var paths = new Dictionary<string, ClusterPath>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            paths[f[0]] = new ClusterPath(int.Parse(f[1]), int.Parse(f[2]));
        }

        return new WordClusters(paths);
    }
}
