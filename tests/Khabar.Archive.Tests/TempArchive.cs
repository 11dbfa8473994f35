using Khabar.Archive.Ingest;
using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Archive.Tests;

/// <summary>An archive in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempArchive : IDisposable
{
    public TempArchive() => Folder = Directory.CreateTempSubdirectory("khabar-archive-").FullName;

    public string Folder { get; }

    public KhabarArchive Open() => KhabarArchive.Open(Folder);

    /// <summary>Ingests files (pages or JSON Lines) into the archive.</summary>
    public IngestSummary Ingest(params string[] paths) => Ingest(relink: true, paths);

    /// <summary>Ingests files; without <paramref name="relink"/>, stored articles are left as the run found them.</summary>
    public IngestSummary Ingest(bool relink, params string[] paths)
    {
        using var archive = Open();
        return archive.Ingest(PipelineBuilder.Default().Run(InputPaths.Expand(paths, () => Stream.Null)), "test", relink: relink);
    }

    /// <summary>Writes JSON Lines records to a file in the folder and returns its path.</summary>
    public string Records(string name, params string[] lines)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, true);
        }
        catch (IOException)
        {
        }
    }
}
