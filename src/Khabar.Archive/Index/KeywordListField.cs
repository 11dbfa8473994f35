using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Khabar.Archive.Index;

/// <summary>
/// Many keywords of one field as one field instance: indexed as each would be as a <see cref="StringField"/> (whole,
/// documents only, no norms), without the cost of a field instance per keyword — an article names dozens of entities
/// by several keys each.
/// </summary>
public static class KeywordListField
{
    private static readonly FieldType Type = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>A field that indexes every keyword, each as one term.</summary>
    public static Field Of(string name, IReadOnlyList<string> keywords) => new(name, new KeywordsStream(keywords), Type);

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private sealed class KeywordsStream : TokenStream
    {
        private readonly IReadOnlyList<string> keywords;
        private readonly ICharTermAttribute term;
        private int next;

        public KeywordsStream(IReadOnlyList<string> keywords)
        {
            this.keywords = keywords;
            term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (next >= keywords.Count)
            {
                return false;
            }

            ClearAttributes();
            term.SetEmpty().Append(keywords[next++]);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
        }
    }
}
