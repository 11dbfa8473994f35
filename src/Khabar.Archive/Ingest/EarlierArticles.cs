using Khabar.Archive.Index;
using Khabar.Archive.Relinking;
using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Khabar.Entities;
using Khabar.Entities.Learning;
using Khabar.Entities.Ner;
using Khabar.Model;
using Lucene.Net.Search;

namespace Khabar.Archive.Ingest;

/// <summary>
/// The stored articles an ingest's lessons link afresh. While the run goes, it keeps the bare forms its articles teach
/// (a surname of a person written in full, an organisation's shorter name, a given name that competes with a
/// surname), what each form stood for before the run first taught it, and the entities the run linked bare forms to.
/// At the end the articles that name such a form as written, and those that name an entity a form no longer stands
/// for, are linked again with what the archive has learned now (<see cref="ArchiveLinker.Relink"/>): an article read
/// before the full name — earlier in the input or in an earlier ingest — is then linked as one read after it, and a
/// link the run made ambiguous is taken back. Those whose links do not change are left out.
/// </summary>
internal sealed class EarlierArticles
{
    // Lucene's default limit on the clauses of one query.
    private const int ClausesPerQuery = 1000;

    private readonly Dictionary<string, string?> before = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> linked = new(StringComparer.Ordinal);

    /// <summary>True when the run taught or linked nothing.</summary>
    public bool Empty => before.Count == 0 && linked.Count == 0;

    /// <summary>Notes a linked batch before it is written: <paramref name="committed"/> is what the store knows then.</summary>
    public void Batch(IEnumerable<Article> batch, LearnedNames committed)
    {
        foreach (var article in batch)
        {
            foreach (var taught in TaughtEntity.Of(article.Entities))
            {
                foreach (var form in taught.Given is { } given ? taught.Short.Append(given) : taught.Short)
                {
                    if (!before.ContainsKey(form))
                    {
                        before[form] = committed.Resolve(form, TypeOf(form))?.Id;
                    }
                }
            }

            foreach (var mention in article.Entities)
            {
                var written = TaughtEntity.WouldBe(mention.Text, mention.Type);
                if (written != mention.CanonicalId && mention.English is null && mention.Type is EntityTypes.Person or EntityTypes.Organisation
                    && !TaughtEntity.Writes(article.Entities, mention.CanonicalId))
                {
                    (linked.TryGetValue(written, out var ids) ? ids : linked[written] = new HashSet<string>(StringComparer.Ordinal)).Add(mention.CanonicalId);
                }
            }
        }
    }

    /// <summary>
    /// The stored articles whose links change now, as stored and as linked now, in archive id order; read one at a time
    /// as they are taken, so a run that links many holds only their ids.
    /// </summary>
    public IEnumerable<(Article Stored, Article Linked)> Relinked(IArticleStore store, ArchiveIndex index)
    {
        var learned = store.Learned;
        var named = new HashSet<string>(before.Keys, StringComparer.Ordinal);
        foreach (var form in before.Keys.Union(linked.Keys))
        {
            var now = learned.Resolve(form, TypeOf(form))?.Id;
            if (before.GetValueOrDefault(form) is { } was && was != now)
            {
                named.Add(was);
            }

            named.UnionWith(linked.GetValueOrDefault(form)?.Where(id => id != now) ?? []);
        }

        var ids = new SortedSet<long>();
        var searcher = index.OpenSearcher();
        try
        {
            foreach (var chunk in named.Order(StringComparer.Ordinal).Chunk(ClausesPerQuery))
            {
                var query = new BooleanQuery();
                foreach (var id in chunk)
                {
                    query.Add(EntityStats.Naming(id), Occur.SHOULD);
                }

                var collector = new IdCollector();
                searcher.Search(query, collector);
                ids.UnionWith(collector.Ids);
            }
        }
        finally
        {
            searcher.IndexReader.Dispose();
        }

        foreach (var id in ids)
        {
            if (store.Get(id) is not { } stored)
            {
                continue;
            }

            if (Relinker.LinkedAgain(stored, learned, out _) is { } article)
            {
                yield return (stored.Article, article);
            }
        }
    }

    /// <summary>Whether an article linked again teaches otherwise than it did (<see cref="TaughtEntity.Of"/>).</summary>
    public static bool TeachesOtherwise(Article stored, Article linked) => Lessons(stored) != Lessons(linked);

    private static string Lessons(Article article) => string.Join('\n', TaughtEntity.Of(article.Entities)
        .Select(t => $"{t.Id}|{t.Given}|{string.Join(' ', t.Short)}"));

    private static string TypeOf(string form) =>
        form.StartsWith(LearnedNames.PersonPrefix, StringComparison.Ordinal) ? EntityTypes.Person : EntityTypes.Organisation;
}
