using Khabar.Archive.Index;
using Khabar.Archive.Store;
using Khabar.Model;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Khabar.Bench.Archive;

/// <summary>The baseline: stock Lucene PersianAnalyzer (as Elasticsearch's persian analyzer) on the same fields and boosts.</summary>
internal sealed class StockIndex : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly PersianAnalyzer analyzer = new(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public StockIndex(IEnumerable<Article> articles)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            foreach (var article in articles)
            {
                writer.AddDocument(new Document
                {
                    new StringField("hash", ArticleIdentity.ContentHash(article), Field.Store.YES),
                    new TextField("title", article.Title ?? "", Field.Store.NO),
                    new TextField("body", DocumentBuilder.BodyText(article), Field.Store.NO),
                });
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    /// <summary>The content hashes of the top ten hits.</summary>
    public List<string> Search(string text)
    {
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["title", "body"], analyzer,
            new Dictionary<string, float> { ["title"] = 2f, ["body"] = 1f });
        Query query;
        try
        {
            query = parser.Parse(QueryParserBase.Escape(text));
        }
        catch (ParseException)
        {
            return [];
        }

        return searcher.Search(query, 10).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("hash")).ToList();
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
