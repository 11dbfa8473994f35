using Khabar.Archive.Index;
using Khabar.Extraction;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Khabar.Archive.Tests.Entities;

/// <summary>
/// The entity fields index every key of every entity as one whole term, as a keyword field per key would: the terms
/// and the articles under each are the same, on real articles.
/// </summary>
public sealed class EntityFieldTests(EntityArchive fixture) : IClassFixture<EntityArchive>
{
    private static readonly string[] Fields = [IndexFields.Entity, IndexFields.Person, IndexFields.Organisation, IndexFields.Place];

    [SkippableFact]
    public void Entity_terms_and_their_articles_are_those_of_one_keyword_field_per_key()
    {
        var stored = fixture.Stored();
        var built = Postings(stored.Select(DocumentBuilder.Build));
        var reference = Postings(stored.Select(Reference));

        Assert.True(built.Count > 500, $"only {built.Count} entity terms");
        Assert.Contains(built, p => p.Field == IndexFields.Person && p.Docs.Contains(','));
        Assert.Equal(reference, built);
    }

    // One StringField per key and field, as the entity fields were first indexed.
    private static Document Reference(Khabar.Archive.Store.StoredArticle stored)
    {
        var document = new Document { new StringField(IndexFields.Id, stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES) };
        foreach (var entity in stored.Article.Entities.GroupBy(e => e.CanonicalId))
        {
            var first = entity.First();
            var typed = IndexFields.ForEntityType(first.Type);
            foreach (var key in entity.Select(e => PersianKey.Of(e.Text)).Append(PersianKey.Of(first.CanonicalName))
                         .Append(first.CanonicalId.ToLowerInvariant()).Where(k => k.Length > 0).Distinct())
            {
                document.Add(new StringField(IndexFields.Entity, key, Field.Store.NO));
                if (typed is not null)
                {
                    document.Add(new StringField(typed, key, Field.Store.NO));
                }
            }
        }

        return document;
    }

    private static List<(string Field, string Term, string Docs)> Postings(IEnumerable<Document> documents)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, ArchiveIndex.Analyzer)))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(document);
            }

            writer.ForceMerge(1);
        }

        using var reader = DirectoryReader.Open(directory);
        var postings = new List<(string, string, string)>();
        var leaf = reader.Leaves.Single().AtomicReader;
        foreach (var field in Fields)
        {
            var terms = leaf.GetTerms(field)?.GetEnumerator();
            while (terms is not null && terms.MoveNext())
            {
                var docs = new List<int>();
                var enumerator = terms.Docs(null, null, DocsFlags.NONE);
                for (var doc = enumerator.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = enumerator.NextDoc())
                {
                    docs.Add(doc);
                }

                postings.Add((field, terms.Term.Utf8ToString(), string.Join(',', docs)));
            }
        }

        return postings;
    }
}
