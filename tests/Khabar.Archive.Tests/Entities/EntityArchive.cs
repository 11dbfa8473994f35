using Khabar.Archive.Store;
using Khabar.Testing;

namespace Khabar.Archive.Tests.Entities;

/// <summary>
/// Real articles (the AsrIran and Fars records of ../shared/data/news and the repository's samples) ingested once
/// through the default pipeline, for every test of a class; built on first use so a missing ../shared skips the test.
/// </summary>
public sealed class EntityArchive : IDisposable
{
    private readonly TempArchive temp = new();
    private readonly Lock gate = new();
    private KhabarArchive? archive;

    /// <summary>The archive, ingested on first use.</summary>
    public KhabarArchive Archive
    {
        get
        {
            var files = new[]
            {
                Repo.Shared("data", "news", "arefee-asriran-fars-raw", "asrirandata.jsonl"),
                Repo.Shared("data", "news", "arefee-asriran-fars-raw", "farsnewsdata.jsonl"),
                Repo.File("samples"),
            };
            lock (gate)
            {
                if (archive is null)
                {
                    var summary = temp.Ingest(files);
                    Assert.True(summary.Added > 150, $"only {summary.Added} articles added");
                    archive = temp.Open();
                }

                return archive;
            }
        }
    }

    /// <summary>Every stored article, read from the store (the system of record), to check the index's counts against.</summary>
    public IReadOnlyList<StoredArticle> Stored() => Archive.Store.ChangedSince(0).ToList();

    public void Dispose()
    {
        archive?.Dispose();
        temp.Dispose();
    }
}
