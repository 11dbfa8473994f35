using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Khabar.Archive.Search;

/// <summary>
/// A query as it was asked (the first clause) or in the other spellings of its compounds (the rest, each a little
/// below it). Before it is searched, a spelling whose new words the index does not hold is left out: most joined
/// pairs (<c>ازسپاهان</c>) are in no document, and a phrase that looks them up in every segment costs time for
/// nothing. Highlighting sees every clause, as of a plain Boolean query.
/// </summary>
internal sealed class SpellingsQuery : BooleanQuery
{
    public SpellingsQuery(Query exact, IEnumerable<Query> others)
    {
        Add(exact, Occur.SHOULD);
        foreach (var other in others)
        {
            Add(other, Occur.SHOULD);
        }
    }

    /// <summary>
    /// The query with each spellings query in it cut to the spellings the index holds, as a search would: what the
    /// snippets highlight (each phrase left in costs the highlighter a pass over the text).
    /// </summary>
    public static Query Pruned(Query query, IndexReader reader)
    {
        switch (query)
        {
            case SpellingsQuery spellings:
                return spellings.Rewrite(reader);
            case BooleanQuery any:
                var pruned = new BooleanQuery(any.CoordDisabled) { Boost = any.Boost, MinimumNumberShouldMatch = any.MinimumNumberShouldMatch };
                var changed = false;
                foreach (var clause in any.Clauses)
                {
                    var part = Pruned(clause.Query, reader);
                    changed |= !ReferenceEquals(part, clause.Query);
                    pruned.Add(part, clause.Occur);
                }

                return changed ? pruned : query;
            default:
                return query;
        }
    }

    /// <inheritdoc />
    public override Query Rewrite(IndexReader reader)
    {
        var exact = Clauses[0].Query;
        var known = new HashSet<Term>();
        exact.ExtractTerms(known);
        var wanted = new HashSet<Term>();
        foreach (var clause in Clauses.Skip(1))
        {
            Collect(clause.Query, wanted);
        }

        wanted.ExceptWith(known);
        known.UnionWith(Present(reader, wanted));
        var kept = new BooleanQuery { Boost = Boost };
        AddFlat(kept, exact);
        foreach (var clause in Clauses.Skip(1))
        {
            if (Findable(clause.Query, known) is { } other)
            {
                AddFlat(kept, other);
            }
        }

        return kept;
    }

    // A per-field alternative (title OR body) goes in as its fields, each with the alternative's boost: the same
    // scores (BM25 has no coordination factor), and one flat disjunction is scored faster than nested ones.
    private static void AddFlat(BooleanQuery into, Query query)
    {
        if (query is BooleanQuery { MinimumNumberShouldMatch: 0 } any && any.Clauses.All(c => c.Occur == Occur.SHOULD))
        {
            foreach (var clause in any.Clauses)
            {
                var part = (Query)clause.Query.Clone();
                part.Boost *= any.Boost;
                into.Add(part, Occur.SHOULD);
            }
        }
        else
        {
            into.Add(query, Occur.SHOULD);
        }
    }

    private static void Collect(Query query, HashSet<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                break;
            case PhraseQuery phrase:
                terms.UnionWith(phrase.GetTerms());
                break;
            case BooleanQuery any:
                foreach (var clause in any.Clauses)
                {
                    Collect(clause.Query, terms);
                }

                break;
        }
    }

    // The terms some segment holds: one terms enumerator per segment and field, whatever the number of terms (a
    // lookup term by term would open one per term).
    private static IEnumerable<Term> Present(IndexReader reader, HashSet<Term> wanted)
    {
        var present = new HashSet<Term>();
        var byField = wanted.GroupBy(t => t.Field).ToList();
        foreach (var leaf in reader.Leaves)
        {
            var fields = leaf.AtomicReader.Fields;
            foreach (var field in byField)
            {
                var terms = fields?.GetTerms(field.Key);
                if (terms is null)
                {
                    continue;
                }

                var enumerator = terms.GetEnumerator();
                foreach (var term in field)
                {
                    if (!present.Contains(term) && enumerator.SeekExact(term.Bytes))
                    {
                        present.Add(term);
                    }
                }
            }
        }

        return present;
    }

    // The part of a spelling that can match: a term or phrase whose words are all in the index, or the fields of a
    // per-field alternative that can; null when none can.
    private static Query? Findable(Query query, HashSet<Term> held)
    {
        switch (query)
        {
            case TermQuery term:
                return held.Contains(term.Term) ? query : null;
            case PhraseQuery phrase:
                return phrase.GetTerms().All(held.Contains) ? query : null;
            case BooleanQuery any when any.Clauses.All(c => c.Occur == Occur.SHOULD):
                var kept = new BooleanQuery { Boost = any.Boost };
                foreach (var clause in any.Clauses)
                {
                    if (Findable(clause.Query, held) is { } part)
                    {
                        kept.Add(part, Occur.SHOULD);
                    }
                }

                return kept.Clauses.Count > 0 ? kept : null;
            default:
                return query;
        }
    }
}
