using Lucene.Net.Analysis;

namespace Khabar.Archive.Index.Analysis;

/// <summary>
/// Persian analysis for index and queries alike: words (a half-space joins), letters and digits folded, affixes
/// written apart joined back, half-spaces out and plural suffixes off. No stopwords: no holes in compounds.
/// </summary>
public sealed class KhabarAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new PersianWordTokenizer(reader);
        TokenStream stream = new PersianFoldingFilter(tokenizer);
        stream = new DetachedAffixFilter(stream);
        stream = new PersianStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
