using Khabar.Persian.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Khabar.Archive.Index.Analysis;

/// <summary>
/// Joins affixes that lost their half-space to a space back onto their word (<c>می شود</c> → <c>می‌شود</c>,
/// <c>هیئت ها</c> → <c>هیئت‌ها</c>), so a spaced spelling gives the same tokens, at the same positions, as the others.
/// One token of look-ahead, copied by hand: capturing whole attribute states per token costs too much.
/// </summary>
public sealed class DetachedAffixFilter : TokenFilter
{
    private const char HalfSpace = '\u200C';
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly SavedToken current = new();
    private readonly SavedToken ahead = new();
    private bool hasAhead;
    private bool exhausted;

    public DetachedAffixFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!Next())
        {
            return false;
        }

        current.Save(term, offset, increment);
        if (LightStemmer.IsDetachedPrefix(current.Term) && Next())
        {
            if (IsAffix(Term))
            {
                ahead.Save(term, offset, increment);
                hasAhead = true;
            }
            else
            {
                current.Append(HalfSpace, Term, offset.EndOffset);
            }
        }

        while (Next())
        {
            if (!LightStemmer.IsDetachedSuffix(Term))
            {
                ahead.Save(term, offset, increment);
                hasAhead = true;
                break;
            }

            current.Append(HalfSpace, Term, offset.EndOffset);
        }

        ClearAttributes();
        current.Restore(term, offset, increment);
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        hasAhead = false;
        exhausted = false;
    }

    private ReadOnlySpan<char> Term => term.Buffer.AsSpan(0, term.Length);

    private static bool IsAffix(ReadOnlySpan<char> token) =>
        LightStemmer.IsDetachedPrefix(token) || LightStemmer.IsDetachedSuffix(token);

    private bool Next()
    {
        if (hasAhead)
        {
            hasAhead = false;
            ClearAttributes();
            ahead.Restore(term, offset, increment);
            return true;
        }

        if (exhausted)
        {
            return false;
        }

        exhausted = !m_input.IncrementToken();
        return !exhausted;
    }

    private sealed class SavedToken
    {
        private char[] chars = new char[32];
        private int length;
        private int start;
        private int end;
        private int positionIncrement;

        public ReadOnlySpan<char> Term => chars.AsSpan(0, length);

        public void Save(ICharTermAttribute term, IOffsetAttribute offset, IPositionIncrementAttribute increment)
        {
            length = 0;
            Append(term.Buffer.AsSpan(0, term.Length));
            start = offset.StartOffset;
            end = offset.EndOffset;
            positionIncrement = increment.PositionIncrement;
        }

        public void Append(char joiner, ReadOnlySpan<char> word, int newEnd)
        {
            Append([joiner]);
            Append(word);
            end = newEnd;
        }

        public void Restore(ICharTermAttribute term, IOffsetAttribute offset, IPositionIncrementAttribute increment)
        {
            term.CopyBuffer(chars, 0, length);
            offset.SetOffset(start, end);
            increment.PositionIncrement = positionIncrement;
        }

        private void Append(ReadOnlySpan<char> text)
        {
            if (length + text.Length > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, length + text.Length));
            }

            text.CopyTo(chars.AsSpan(length));
            length += text.Length;
        }
    }
}
