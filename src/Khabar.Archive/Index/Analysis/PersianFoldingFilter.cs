using Khabar.Persian.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Khabar.Archive.Index.Analysis;

/// <summary>Lucene adapter for <see cref="SearchFolding.Fold"/>: letters, digits and marks folded in each token.</summary>
public sealed class PersianFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public PersianFoldingFilter(TokenStream input)
        : base(input) => term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var length = SearchFolding.Fold(term.Buffer.AsSpan(0, term.Length));
            if (length > 0)
            {
                term.Length = length;
                return true;
            }
        }

        return false;
    }
}
