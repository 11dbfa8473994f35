using Khabar.Persian.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Khabar.Archive.Index.Analysis;

/// <summary>
/// Joins affixes that lost their half-space to a space back onto their word (<c>می شود</c> → <c>می‌شود</c>,
/// <c>هیئت ها</c> → <c>هیئت‌ها</c>), so a spaced spelling gives the same tokens, at the same positions, as the others.
/// </summary>
public sealed class DetachedAffixFilter : TokenFilter
{
    private const char HalfSpace = '\u200C';
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private State? pending;
    private bool exhausted;

    public DetachedAffixFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!Next())
        {
            return false;
        }

        if (LightStemmer.IsDetachedPrefix(Term))
        {
            JoinFollowingWord();
        }

        while (true)
        {
            var mine = CaptureState();
            if (!Next())
            {
                RestoreState(mine);
                return true;
            }

            if (!LightStemmer.IsDetachedSuffix(Term))
            {
                pending = CaptureState();
                RestoreState(mine);
                return true;
            }

            var suffix = term.ToString();
            var end = offset.EndOffset;
            RestoreState(mine);
            term.Append(HalfSpace).Append(suffix);
            offset.SetOffset(offset.StartOffset, end);
        }
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        pending = null;
        exhausted = false;
    }

    private ReadOnlySpan<char> Term => term.Buffer.AsSpan(0, term.Length);

    private void JoinFollowingWord()
    {
        var prefix = CaptureState();
        if (!Next())
        {
            RestoreState(prefix);
            return;
        }

        if (LightStemmer.IsDetachedPrefix(Term) || LightStemmer.IsDetachedSuffix(Term))
        {
            pending = CaptureState();
            RestoreState(prefix);
            return;
        }

        var word = term.ToString();
        var end = offset.EndOffset;
        RestoreState(prefix);
        term.Append(HalfSpace).Append(word);
        offset.SetOffset(offset.StartOffset, end);
    }

    private bool Next()
    {
        if (pending is not null)
        {
            RestoreState(pending);
            pending = null;
            return true;
        }

        if (exhausted)
        {
            return false;
        }

        exhausted = !m_input.IncrementToken();
        return !exhausted;
    }
}
