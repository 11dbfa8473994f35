using System.Globalization;
using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Khabar.Entities;
using Khabar.Extraction;
using Khabar.Model;
using Khabar.Persian.Dates;
using Khabar.Persian.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Khabar.Archive.Index;

/// <summary>Turns a stored article into its index document; everything in it can be rebuilt from the store.</summary>
public static class DocumentBuilder
{
    /// <summary>The text indexed as the body, also the text snippets are cut from.</summary>
    public static string BodyText(Article article) =>
        string.Join('\n', new[] { article.Kicker, article.Lead }.Where(s => s is not null).Concat(article.Paragraphs));

    /// <summary>The key a keyword field (agency, desk, tag) is indexed and queried by.</summary>
    public static string Key(string value) => PersianKey.Of(value);

    /// <summary>The index document for the article.</summary>
    public static Document Build(StoredArticle stored)
    {
        var article = stored.Article;
        var document = new Document
        {
            new StringField(IndexFields.Id, stored.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new TextField(IndexFields.Title, article.Title ?? "", Field.Store.NO),
            new TextField(IndexFields.Body, BodyText(article), Field.Store.NO),
        };
        AddKeyword(document, IndexFields.Agency, article.Agency);
        AddKeyword(document, IndexFields.Desk, article.Desk);
        foreach (var tag in article.Tags)
        {
            document.Add(new StringField(IndexFields.Tag, Key(tag), Field.Store.NO));
        }

        AddEntities(document, article);
        if (article.Published is { } published)
        {
            var seconds = published.ToUnixTimeSeconds();
            document.Add(new Int64Field(IndexFields.Published, seconds, Field.Store.NO));
            document.Add(new NumericDocValuesField(IndexFields.Values(IndexFields.Published), seconds));
            var month = JalaliFormat.Month(published);
            document.Add(new StringField(IndexFields.Month, month, Field.Store.NO));
            document.Add(new SortedDocValuesField(IndexFields.Values(IndexFields.Month), new BytesRef(month)));
        }

        return document;
    }

    // Each entity once per article: searchable by its canonical name and id and every written form; its id, type and
    // name, aliases and roles kept as doc values for entity pages and entity facets (counted by id). Built without
    // LINQ: an article names dozens of entities, and this runs for every article put.
    private static void AddEntities(Document document, Article article)
    {
        if (article.Entities.Count == 0)
        {
            return;
        }

        // Mentions by entity, in order of first mention.
        var byId = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        var entities = new List<List<EntityMention>>();
        foreach (var mention in article.Entities)
        {
            if (!byId.TryGetValue(mention.CanonicalId, out var mentions))
            {
                byId[mention.CanonicalId] = mentions = [];
                entities.Add(mentions);
            }

            mentions.Add(mention);
        }

        var searchable = new Dictionary<string, List<string>>(4);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var entityKeys = Keys(searchable, IndexFields.Entity);
        foreach (var mentions in entities)
        {
            var first = mentions[0];
            keys.Clear();
            written.Clear();
            foreach (var mention in mentions)
            {
                if (written.Add(mention.Text))
                {
                    keys.Add(Key(mention.Text));
                }
            }

            keys.Add(Key(first.CanonicalName));
            keys.Add(TextTidy.Lower(first.CanonicalId));
            keys.Remove("");
            var typed = IndexFields.ForEntityType(first.Type) is { } field ? Keys(searchable, field) : null;
            entityKeys.AddRange(keys);
            typed?.AddRange(keys);

            foreach (var value in EntityValue.Of(first.CanonicalId, first.Type, first.CanonicalName, written, mentions.Select(m => m.Role)))
            {
                document.Add(new SortedSetDocValuesField(value.About ? IndexFields.Values(IndexFields.EntityAbout) : IndexFields.Values(IndexFields.Entity), new BytesRef(value.Text)));
            }
        }

        // One field instance per field name: the same terms as a keyword field per key, at a fraction of the cost.
        foreach (var (field, fieldKeys) in searchable)
        {
            document.Add(KeywordListField.Of(field, fieldKeys));
        }
    }

    private static List<string> Keys(Dictionary<string, List<string>> fields, string field)
    {
        if (!fields.TryGetValue(field, out var keys))
        {
            fields[field] = keys = [];
        }

        return keys;
    }

    private static void AddKeyword(Document document, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        document.Add(new StringField(field, Key(value), Field.Store.NO));
        document.Add(new SortedDocValuesField(IndexFields.Values(field), new BytesRef(value)));
    }
}
