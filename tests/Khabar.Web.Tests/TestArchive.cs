using Khabar.Archive;
using Khabar.Pipeline;
using Khabar.Reading;
using Khabar.Testing;

namespace Khabar.Web.Tests;

/// <summary>
/// An archive in a temporary folder holding the repository's samples, the hostile articles and the copied ones
/// (duplicate groups and stories), built once per test class through the default pipeline, and one article with
/// hostile entities as they were given; deleted afterwards.
/// </summary>
public sealed class TestArchive : IDisposable
{
    public TestArchive()
    {
        Folder = Directory.CreateTempSubdirectory("khabar-web-").FullName;
        var hostile = Path.Combine(Folder, "hostile.jsonl");
        File.WriteAllLines(hostile, HostileArticles.Records);
        var copies = Path.Combine(Folder, "copies.jsonl");
        File.WriteAllLines(copies, CopiedArticles.Records);
        using var archive = KhabarArchive.Open(Folder);
        var summary = archive.Ingest(PipelineBuilder.Default().Run(InputPaths.Expand([Repo.File("samples"), hostile, copies], () => Stream.Null)), "test");
        if (summary.Failed > 0)
        {
            throw new InvalidOperationException("test archive: " + string.Join("; ", summary.Errors));
        }

        archive.Ingest([Model.ItemResult.Ok(HostileEntities.Article)], "hostile entities");

        Articles = archive.Store.Count;
    }

    /// <summary>The archive folder.</summary>
    public string Folder { get; }

    /// <summary>How many articles it holds.</summary>
    public long Articles { get; }

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
