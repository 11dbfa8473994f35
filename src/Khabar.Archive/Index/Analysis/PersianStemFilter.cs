using Khabar.Persian.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Khabar.Archive.Index.Analysis;

/// <summary>Lucene adapter for <see cref="LightStemmer.Stem"/>: half-spaces out, plural suffixes off.</summary>
public sealed class PersianStemFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public PersianStemFilter(TokenStream input)
        : base(input) => term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var length = LightStemmer.Stem(term.Buffer.AsSpan(0, term.Length));
            if (length > 0)
            {
                term.Length = length;
                return true;
            }
        }

        return false;
    }
}
