using Khabar.Archive.Dedup;
using Khabar.Model;

namespace Khabar.Archive.Tests.Dedup;

/// <summary>A duplicate store in a temporary SQLite file, fed with numbered articles.</summary>
internal sealed class DedupHarness : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("khabar-dedup-").FullName;
    private long sequence;

    public DedupHarness(DedupOptions? options = null) => Dedup = Deduplication.Open(File, options);

    public Deduplication Dedup { get; }

    /// <summary>The SQLite file, for a second writer.</summary>
    public string File => Path.Combine(folder, "dedup.db");

    /// <summary>Adds articles with ids 1, 2, … (or continuing from <paramref name="firstId"/>) in one batch.</summary>
    public void Add(IEnumerable<Article> articles, long firstId = 1) =>
        Dedup.Add(articles.Select((a, i) => (firstId + i, a)).ToList(), ++sequence);

    /// <summary>The groups as sets of ids, in a stable order, for comparing runs.</summary>
    public List<string> Groups() =>
        Dedup.Store.Groups().Select(g => g.Canonical + ":" + string.Join(',', g.Members.Order())).Order().ToList();

    public long GroupOf(long id) => Dedup.Store.GroupOf(id)!.Canonical;

    public void Dispose()
    {
        Dedup.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, true);
        }
        catch (IOException)
        {
        }
    }
}
