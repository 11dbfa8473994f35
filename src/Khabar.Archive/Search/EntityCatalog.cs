using System.Runtime.CompilerServices;
using Khabar.Archive.Index;
using Khabar.Persian.Dates;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Khabar.Archive.Search;

/// <summary>
/// Every entity the index knows, by canonical id, with how many live articles name it, the names, aliases and roles
/// they give it. Counted from doc values once per index reader and kept while the reader lives.
/// </summary>
public sealed class EntityCatalog
{
    private static readonly ConditionalWeakTable<IndexReader, EntityCatalog> Cache = new();
    private readonly Dictionary<string, KnownEntity> byId;
    private readonly KnownEntity[] ranked;
    private readonly Lazy<string[][]> keys;
    private readonly Lazy<bool[]> unanchored;

    private EntityCatalog(IEnumerable<KnownEntity> entities)
    {
        ranked = entities.OrderByDescending(e => e.Articles).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        byId = ranked.ToDictionary(e => e.Id, StringComparer.Ordinal);
        keys = new(() => ranked.Select(e => e.Aliases.Select(a => DocumentBuilder.Key(a.Value)).Prepend(DocumentBuilder.Key(e.Name))
            .Where(k => k.Length > 0).Distinct().ToArray()).ToArray());
        unanchored = new(() => ranked.Select(e => e.Type == "DAT" && DatePhrases.CountsFromPublication(e.Name)).ToArray());
    }

    /// <summary>How many entities the archive names.</summary>
    public int Count => ranked.Length;

    /// <summary>Every entity, most named first, with those the lists leave out (see <see cref="Find"/>).</summary>
    public IReadOnlyList<KnownEntity> All => ranked;

    /// <summary>The catalog of the reader's index (built on first use, then shared).</summary>
    public static EntityCatalog Of(IndexReader reader) => Cache.GetValue(reader, Build);

    /// <summary>The entity with this canonical id, if any live article names it.</summary>
    public KnownEntity? Get(string id) => byId.GetValueOrDefault(id);

    /// <summary>
    /// The entities whose name, alias or id holds the query (compared as the index compares words: letters folded,
    /// spacing and half-spaces ignored), of the given types, most named first with exact names ahead; and how many match.
    /// Without a query, every entity but the dates that count from a day their articles do not give (an undated
    /// article's <c>امروز</c> or <c>سال گذشته</c>, which name a different period in each article); a query finds them too.
    /// </summary>
    public (int Total, IReadOnlyList<KnownEntity> Entities) Find(string? query, IReadOnlyCollection<string> types, int offset, int limit)
    {
        var text = query?.Trim() ?? "";
        var key = DocumentBuilder.Key(text);
        var lower = text.ToLowerInvariant();
        var all = keys.Value;
        var exact = new List<KnownEntity>();
        var partial = new List<KnownEntity>();
        for (var i = 0; i < ranked.Length; i++)
        {
            var entity = ranked[i];
            if (types.Count > 0 && !types.Contains(entity.Type))
            {
                continue;
            }

            if (text.Length == 0)
            {
                if (!unanchored.Value[i])
                {
                    partial.Add(entity);
                }
            }
            else if (entity.Id.Equals(lower, StringComparison.Ordinal) || (key.Length > 0 && Array.IndexOf(all[i], key) >= 0))
            {
                exact.Add(entity);
            }
            else if (entity.Id.Contains(lower, StringComparison.Ordinal) || (key.Length > 0 && all[i].Any(k => k.Contains(key, StringComparison.Ordinal))))
            {
                partial.Add(entity);
            }
        }

        return (exact.Count + partial.Count, exact.Concat(partial).Skip(offset).Take(limit).ToList());
    }

    private static EntityCatalog Build(IndexReader reader)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var decoded = SegmentEntities.Of(segment);
            var named = CountLive(decoded, segment);
            for (var ord = 0; ord < named.Length; ord++)
            {
                if (named[ord] > 0)
                {
                    var tally = tallies.TryGetValue(decoded.Ids[ord], out var found) ? found : tallies[decoded.Ids[ord]] = new Tally();
                    tally.Articles += named[ord];
                    tally.Named(decoded.Names[ord], decoded.Types[ord], named[ord]);
                }
            }

            var about = CountLive(SegmentEntities.About(segment), segment, decoded.AboutIds.Length);
            for (var ord = 0; ord < about.Length; ord++)
            {
                if (about[ord] > 0 && tallies.TryGetValue(decoded.AboutIds[ord], out var tally))
                {
                    tally.About(decoded.AboutKinds[ord] == EntityValue.Role, decoded.AboutTexts[ord], about[ord]);
                }
            }
        }

        return new EntityCatalog(tallies.Select(t => t.Value.ToEntity(t.Key)));
    }

    /// <summary>How many live documents of the segment hold each identity ordinal.</summary>
    internal static long[] CountLive(SegmentEntities decoded, AtomicReader segment)
    {
        var counts = new long[decoded.Ids.Length];
        IBits? live = segment.LiveDocs;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                for (var i = decoded.Starts[doc]; i < decoded.Starts[doc + 1]; i++)
                {
                    counts[decoded.Ords[i]]++;
                }
            }
        }

        return counts;
    }

    /// <summary>How many live documents of the segment hold each ordinal.</summary>
    internal static long[] CountLive(SortedSetDocValues? values, AtomicReader segment, int ordinals)
    {
        var counts = new long[ordinals];
        if (values is null)
        {
            return counts;
        }

        IBits? live = segment.LiveDocs;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                counts[ord]++;
            }
        }

        return counts;
    }

    private static void Add(Dictionary<string, long> counts, string text, long count) =>
        counts[text] = counts.GetValueOrDefault(text) + count;

    // Most entities have one name and one type in every article; the dictionaries are made only for those that do not.
    private sealed class Tally
    {
        private string? name;
        private long nameCount;
        private Dictionary<string, long>? names;
        private string? type;
        private long typeCount;
        private Dictionary<string, long>? types;

        public long Articles { get; set; }

        public Dictionary<string, long>? Aliases { get; private set; }

        public Dictionary<string, long>? Roles { get; private set; }

        public void Named(string text, string kind, long count)
        {
            Tally.Add(ref name, ref nameCount, ref names, text, count);
            Tally.Add(ref type, ref typeCount, ref types, kind, count);
        }

        public void About(bool role, string text, long count) =>
            EntityCatalog.Add(role ? Roles ??= new(StringComparer.Ordinal) : Aliases ??= new(StringComparer.Ordinal), text, count);

        // The name and type most articles give; the other names count as aliases.
        public KnownEntity ToEntity(string id)
        {
            var chosen = names is null ? name! : Most(names);
            foreach (var (other, count) in names?.Where(n => n.Key != chosen) ?? [])
            {
                EntityCatalog.Add(Aliases ??= new(StringComparer.Ordinal), other, count);
            }

            Aliases?.Remove(chosen);
            return new KnownEntity(id, types is null ? type! : Most(types), chosen, Articles, Ranked(Aliases), Ranked(Roles));
        }

        private static void Add(ref string? single, ref long singleCount, ref Dictionary<string, long>? many, string text, long count)
        {
            if (many is null && (single is null || single == text))
            {
                single = text;
                singleCount += count;
                return;
            }

            many ??= new(StringComparer.Ordinal) { [single!] = singleCount };
            EntityCatalog.Add(many, text, count);
        }

        private static string Most(Dictionary<string, long> counts) =>
            counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;

        private static IReadOnlyList<FacetCount> Ranked(Dictionary<string, long>? counts) => counts is null
            ? []
            : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetCount(c.Key, c.Value)).ToList();
    }
}

/// <summary>
/// An entity as the archive knows it: canonical id, type (PER, ORG, LOC…), the name most articles give it, how many
/// articles name it, and the other names and roles written for it with how many articles write each.
/// </summary>
public sealed record KnownEntity(string Id, string Type, string Name, long Articles, IReadOnlyList<FacetCount> Aliases, IReadOnlyList<FacetCount> Roles);
