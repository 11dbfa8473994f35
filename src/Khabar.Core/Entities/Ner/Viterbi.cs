namespace Khabar.Entities.Ner;

/// <summary>First-order Viterbi decoding over emission and transition scores, keeping IOB2 well-formed.</summary>
internal static class Viterbi
{
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

        var last = 0;
        for (var y = 1; y < t; y++)
        {
            if (score[(n - 1) * t + y] > score[(n - 1) * t + last])
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

    private static bool Ok(TagSet tags, int previous, int y, bool[]? allowed, int i) =>
        (previous >= 0 || !tags.IsInside(y)) && (allowed is null || allowed[i * tags.Count + y]);
}
