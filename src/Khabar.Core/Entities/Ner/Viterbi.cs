using System.Runtime.Intrinsics;

namespace Khabar.Entities.Ner;

/// <summary>First-order Viterbi decoding over emission and transition scores, keeping the tag scheme well-formed.</summary>
internal static class Viterbi
{
    private const int Lanes = 16;

    /// <summary>
    /// The best tag index per token. <paramref name="emissions"/> is n×T, <paramref name="transitions"/> is
    /// (T+1)×T with the start row last; <paramref name="allowed"/> (n×T) restricts tags when given.
    /// </summary>
    public static int[] Decode(ReadOnlySpan<float> emissions, int n, TagSet tags, ReadOnlySpan<float> transitions, bool[]? allowed = null)
    {
        var best = new int[n];
        Decode(emissions, n, tags, transitions, allowed, best, new float[n * tags.Count], new int[n * tags.Count]);
        return best;
    }

    /// <summary>As above, into <paramref name="best"/>, with <paramref name="score"/> and <paramref name="back"/> (n×T each) to work in.</summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, TagSet tags, ReadOnlySpan<float> transitions, bool[]? allowed,
        Span<int> best, Span<float> score, Span<int> back)
    {
        var t = tags.Count;
        if (n == 0)
        {
            return;
        }

        for (var y = 0; y < t; y++)
        {
            score[y] = Ok(tags, -1, y, allowed, 0) ? transitions[t * t + y] + emissions[y] : float.NegativeInfinity;
        }

        if (t <= Lanes)
        {
            ForwardByLanes(emissions, n, tags, transitions, allowed, score, back);
        }
        else
        {
            Forward(emissions, n, tags, transitions, allowed, score, back);
        }

        var last = 0;
        for (var y = 1; y < t; y++)
        {
            if (tags.CanEnd(y) && score[(n - 1) * t + y] > score[(n - 1) * t + last])
            {
                last = y;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = last;
            last = back[i * t + last];
        }
    }

    // Each tag's best predecessor, one tag at a time.
    private static void Forward(ReadOnlySpan<float> emissions, int n, TagSet tags, ReadOnlySpan<float> transitions, bool[]? allowed,
        Span<float> score, Span<int> back)
    {
        var t = tags.Count;
        for (var i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * t, t);
            for (var y = 0; y < t; y++)
            {
                var top = float.NegativeInfinity;
                var arg = 0;
                foreach (var p in tags.Predecessors(y))
                {
                    var s = previous[p] + transitions[p * t + y];
                    if (s > top)
                    {
                        top = s;
                        arg = p;
                    }
                }

                score[i * t + y] = allowed is null || allowed[i * t + y] ? top + emissions[i * t + y] : float.NegativeInfinity;
                back[i * t + y] = arg;
            }
        }
    }

    // As Forward, with every tag in a lane of one vector: predecessors are tried in the same order with the same
    // sums and the same strict comparison, and a predecessor a tag may not follow is never taken, so the scores and
    // back pointers are those of Forward to the bit.
    private static void ForwardByLanes(ReadOnlySpan<float> emissions, int n, TagSet tags, ReadOnlySpan<float> transitions, bool[]? allowed,
        Span<float> score, Span<int> back)
    {
        var t = tags.Count;
        Span<float> rows = stackalloc float[Lanes * Lanes];
        Span<Vector512<float>> from = stackalloc Vector512<float>[t];
        var follows = tags.Followers;
        for (var p = 0; p < t; p++)
        {
            transitions.Slice(p * t, t).CopyTo(rows.Slice(p * Lanes, Lanes));
            from[p] = Vector512.Create<float>(rows.Slice(p * Lanes, Lanes));
        }

        var never = Vector512.Create(float.NegativeInfinity);
        Span<float> tops = stackalloc float[Lanes];
        Span<int> args = stackalloc int[Lanes];
        for (var i = 1; i < n; i++)
        {
            var previous = score.Slice((i - 1) * t, t);
            var top = never;
            var arg = Vector512<int>.Zero;
            for (var p = 0; p < t; p++)
            {
                var s = Vector512.Create(previous[p]) + from[p];
                var better = Vector512.GreaterThan(s, top).AsInt32() & follows[p];
                top = Vector512.ConditionalSelect(better.AsSingle(), s, top);
                arg = Vector512.ConditionalSelect(better, Vector512.Create(p), arg);
            }

            top.CopyTo(tops);
            arg.CopyTo(args);
            for (var y = 0; y < t; y++)
            {
                score[i * t + y] = allowed is null || allowed[i * t + y] ? tops[y] + emissions[i * t + y] : float.NegativeInfinity;
                back[i * t + y] = args[y];
            }
        }
    }

    private static bool Ok(TagSet tags, int previous, int y, bool[]? allowed, int i) =>
        (previous >= 0 || !tags.IsInside(y)) && (allowed is null || allowed[i * tags.Count + y]);
}
