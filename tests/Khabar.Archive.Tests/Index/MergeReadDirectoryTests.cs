using Khabar.Archive.Index;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Khabar.Archive.Tests.Index;

/// <summary>Merges read through ordinary file reads, everything else through memory maps; the index stays whole.</summary>
public sealed class MergeReadDirectoryTests
{
    [Fact]
    public void Merges_read_without_maps_and_a_merged_index_keeps_every_document()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("khabar-merge-").FullName;
        try
        {
            using var directory = new MergeReadDirectory(new MMapDirectory(folder));
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MaxBufferedDocs = 10 };
            using (var writer = new IndexWriter(directory, config))
            {
                for (var i = 0; i < 95; i++)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                        new TextField("body", $"خبر شماره{i % 7} متن", Field.Store.NO),
                    });
                    if (i % 10 == 9)
                    {
                        writer.Commit();
                    }
                }

                writer.ForceMerge(1);
                writer.Commit();
            }

            using (var reader = DirectoryReader.Open(directory))
            {
                Assert.Single(reader.Leaves);
                Assert.Equal(95, reader.NumDocs);
                Assert.Equal(14, new IndexSearcher(reader).Search(new TermQuery(new Term("body", "شماره3")), 100).TotalHits);
            }

            var file = directory.ListAll().First(f => f.EndsWith(".si", StringComparison.Ordinal));
            using var merging = directory.OpenInput(file, new IOContext(new MergeInfo(95, 1000, false, 1)));
            using var searching = directory.OpenInput(file, IOContext.READ);
            Assert.Contains("NIOFS", merging.GetType().Name, StringComparison.Ordinal);
            Assert.DoesNotContain("NIOFS", searching.GetType().Name, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(folder, true);
        }
    }
}
