using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Khabar.Archive.Index.Analysis;

/// <summary>Splits text into words; a half-space joins, never splits, and marks stay inside their word.</summary>
public sealed class PersianWordTokenizer(TextReader input) : CharTokenizer(LuceneVersion.LUCENE_48, input)
{
    /// <inheritdoc />
    protected override bool IsTokenChar(int c) =>
        c == '\u200C' || c == '\u0640' || char.IsLetterOrDigit((char)c)
        || (c is >= 0x064B and <= 0x065F) || c == 0x0670 || (c > 0xFFFF && char.IsLetterOrDigit(char.ConvertFromUtf32(c), 0));
}
