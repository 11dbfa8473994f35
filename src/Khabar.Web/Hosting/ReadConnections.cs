using Khabar.Archive.Dedup;
using Khabar.Archive.Dedup.Stories;
using Khabar.Archive.Store;

namespace Khabar.Web.Hosting;

/// <summary>
/// One reader's connections to the archive's files: the articles (store file), the duplicate groups and the stories
/// (their own file). Each is a SQLite connection of its own, used by one request at a time, never the ingest writer's.
/// </summary>
internal sealed class ReadConnections : IDisposable
{
    private ReadConnections(SqliteStore articles, SqliteDuplicateStore duplicates, SqliteStoryStore stories)
    {
        Articles = articles;
        Duplicates = duplicates;
        Stories = stories;
    }

    public SqliteStore Articles { get; }

    public SqliteDuplicateStore Duplicates { get; }

    public SqliteStoryStore Stories { get; }

    /// <summary>Opens the three connections: to the store file, and twice to the file of groups and stories.</summary>
    public static ReadConnections Open(string storePath, string groupsPath)
    {
        var articles = SqliteStore.Open(storePath);
        try
        {
            return new ReadConnections(articles, SqliteDuplicateStore.Open(groupsPath), SqliteStoryStore.Open(groupsPath));
        }
        catch
        {
            articles.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Stories.Dispose();
        Duplicates.Dispose();
        Articles.Dispose();
    }
}
