using System.Globalization;
using Khabar.Archive.Index.Analysis;
using Khabar.Archive.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Khabar.Archive.Index;

/// <summary>
/// The Lucene index, derived from the store. Each commit records the store sequence it reflects, so after a crash
/// the next start sees how far behind it is and catches up from the store by itself.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    private const string SequenceKey = "sequence";
    private readonly Lucene.Net.Store.Directory directory;
    private readonly IndexWriter writer;

    private ArchiveIndex(Lucene.Net.Store.Directory directory, IndexWriter writer, long sequence)
    {
        this.directory = directory;
        this.writer = writer;
        Sequence = sequence;
    }

    /// <summary>The analyzer used for the index and for queries.</summary>
    public static KhabarAnalyzer Analyzer { get; } = new();

    /// <summary>Ranking: BM25, which ranks short partial queries (a few words of a headline) better than TF-IDF.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>The store sequence the last commit reflects.</summary>
    public long Sequence { get; private set; }

    /// <summary>Opens the index folder, creating it when missing.</summary>
    public static ArchiveIndex Open(string path)
    {
        var directory = new MergeReadDirectory(FSDirectory.Open(path));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            RAMBufferSizeMB = 64,
        };
        var writer = new IndexWriter(directory, config);
        return new ArchiveIndex(directory, writer, ReadSequence(directory));
    }

    /// <summary>Adds or replaces the article's document.</summary>
    public void Put(StoredArticle article) =>
        writer.UpdateDocument(new Term(IndexFields.Id, article.Id.ToString(CultureInfo.InvariantCulture)), DocumentBuilder.Build(article));

    /// <summary>
    /// Adds the document of an article the store has just added: its id is new (the store never reuses one), so no
    /// older document can exist and none is looked up to be replaced — a lookup in every segment that grows with the
    /// index.
    /// </summary>
    public void PutNew(StoredArticle article) => writer.AddDocument(DocumentBuilder.Build(article));

    /// <summary>Makes everything put so far durable, recording the store sequence it reflects.</summary>
    public void Commit(long sequence)
    {
        writer.SetCommitData(new Dictionary<string, string> { [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture) });
        writer.Commit();
        Sequence = sequence;
    }

    /// <summary>Removes every document (before a rebuild).</summary>
    public void Clear()
    {
        writer.DeleteAll();
        Commit(0);
    }

    /// <summary>Brings the index up to the store: puts every article changed since the last commit.</summary>
    public long CatchUp(IArticleStore store, Action<long>? progress = null)
    {
        var target = store.LastSequence;
        if (target <= Sequence)
        {
            return 0;
        }

        long done = 0;
        foreach (var article in store.ChangedSince(Sequence))
        {
            Put(article);
            if (++done % 10000 == 0)
            {
                progress?.Invoke(done);
            }
        }

        Commit(target);
        return done;
    }

    /// <summary>A searcher over the index as last committed or changed (near-real-time).</summary>
    public IndexSearcher OpenSearcher() => new(DirectoryReader.Open(writer, applyAllDeletes: true)) { Similarity = Similarity };

    /// <summary>How many documents the index holds.</summary>
    public int Count
    {
        get
        {
            using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
            return reader.NumDocs;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }

    private static long ReadSequence(Lucene.Net.Store.Directory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return 0;
        }

        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue(SequenceKey, out var value)
            && long.TryParse(value, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;
    }
}
