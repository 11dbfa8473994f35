using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>
/// The log-likelihood of a linear-chain CRF and its gradient for one sentence, by forward–backward in probability
/// space, scaled at each position. Only paths that keep the tag scheme well-formed count (the start, follow and
/// end rules Viterbi keeps). When the annotation leaves several tags possible at a token (<c>allowed</c>), the
/// likelihood is that of all the paths it allows.
/// </summary>
internal sealed class CrfLattice(TagSet tags)
{
    private readonly int t = tags.Count;
    private readonly double[] jump = new double[(tags.Count + 1) * tags.Count];
    private double[] psi = [], alpha = [], beta = [], norm = [];

    /// <summary>n×T: for the last sentence, the expected count of each tag at each token under the annotation, less that under the model.</summary>
    public double[] Nodes { get; private set; } = [];

    /// <summary>(T+1)×T, start row last: as <see cref="Nodes"/>, for the transitions.</summary>
    public double[] Edges { get; } = new double[(tags.Count + 1) * tags.Count];

    /// <summary>
    /// The sentence's negative log-likelihood, filling <see cref="Nodes"/> and <see cref="Edges"/> with the gradient
    /// of the log-likelihood; NaN when the annotation allows no well-formed path. <paramref name="emissions"/> is n×T,
    /// <paramref name="transitions"/> (T+1)×T with the start row last; <paramref name="allowed"/> (n×T) is null
    /// when <paramref name="gold"/> is certain.
    /// </summary>
    public double Gradient(ReadOnlySpan<double> emissions, int n, ReadOnlySpan<double> transitions, ReadOnlySpan<int> gold, bool[]? allowed)
    {
        Grow(n);
        Array.Clear(Nodes, 0, n * t);
        Array.Clear(Edges);
        if (n == 0)
        {
            return 0;
        }

        for (var i = 0; i < jump.Length; i++)
        {
            int p = i / t, y = i % t;
            var open = p == t ? !tags.IsInside(y) : tags.CanFollow(p, y);
            jump[i] = open ? Math.Exp(transitions[i]) : 0;
        }

        var logZ = Marginals(emissions, n, null, -1);
        double observed;
        if (allowed is null)
        {
            observed = tags.CanEnd(gold[n - 1]) ? 0 : double.NaN;
            for (var i = 0; i < n; i++)
            {
                var edge = (i == 0 ? t : gold[i - 1]) * t + gold[i];
                Nodes[i * t + gold[i]] += 1;
                Edges[edge] += 1;
                observed += jump[edge] > 0 ? emissions[i * t + gold[i]] + transitions[edge] : double.NaN;
            }
        }
        else
        {
            observed = Marginals(emissions, n, allowed, 1);
        }

        return double.IsFinite(logZ) && double.IsFinite(observed) ? logZ - observed : double.NaN;
    }

    // Adds the node and edge marginals, times sign (−1 for the model, +1 for the paths the annotation allows), to
    // the gradient; returns log Z of the paths allowed, or NaN when there are none.
    private double Marginals(ReadOnlySpan<double> emissions, int n, bool[]? allowed, int sign)
    {
        var logZ = 0.0;
        for (var i = 0; i < n; i++)
        {
            var top = double.NegativeInfinity;
            for (var y = 0; y < t; y++)
            {
                if (allowed is null || allowed[i * t + y])
                {
                    top = Math.Max(top, emissions[i * t + y]);
                }
            }

            for (var y = 0; y < t; y++)
            {
                psi[i * t + y] = allowed is null || allowed[i * t + y] ? Math.Exp(emissions[i * t + y] - top) : 0;
            }

            var c = 0.0;
            for (var y = 0; y < t; y++)
            {
                var a = 0.0;
                if (i == 0)
                {
                    a = jump[t * t + y];
                }
                else
                {
                    for (var p = 0; p < t; p++)
                    {
                        a += alpha[(i - 1) * t + p] * jump[p * t + y];
                    }
                }

                alpha[i * t + y] = a * psi[i * t + y];
                c += alpha[i * t + y];
            }

            if (!(c > 0))
            {
                return double.NaN;
            }

            for (var y = 0; y < t; y++)
            {
                alpha[i * t + y] /= c;
            }

            norm[i] = c;
            logZ += Math.Log(c) + top;
        }

        var end = 0.0;
        for (var y = 0; y < t; y++)
        {
            end += tags.CanEnd(y) ? alpha[(n - 1) * t + y] : 0;
        }

        if (!(end > 0))
        {
            return double.NaN;
        }

        for (var y = 0; y < t; y++)
        {
            beta[(n - 1) * t + y] = tags.CanEnd(y) ? 1 / end : 0;
        }

        for (var i = n - 2; i >= 0; i--)
        {
            for (var p = 0; p < t; p++)
            {
                var b = 0.0;
                for (var y = 0; y < t; y++)
                {
                    b += jump[p * t + y] * psi[(i + 1) * t + y] * beta[(i + 1) * t + y];
                }

                beta[i * t + p] = b / norm[i + 1];
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var y = 0; y < t; y++)
            {
                var node = alpha[i * t + y] * beta[i * t + y];
                Nodes[i * t + y] += sign * node;
                if (i == 0)
                {
                    Edges[t * t + y] += sign * node;
                    continue;
                }

                var w = psi[i * t + y] * beta[i * t + y] / norm[i];
                if (w == 0)
                {
                    continue;
                }

                for (var p = 0; p < t; p++)
                {
                    Edges[p * t + y] += sign * alpha[(i - 1) * t + p] * jump[p * t + y] * w;
                }
            }
        }

        return logZ + Math.Log(end);
    }

    private void Grow(int n)
    {
        if (psi.Length < n * t)
        {
            psi = new double[n * t];
            alpha = new double[n * t];
            beta = new double[n * t];
            Nodes = new double[n * t];
            norm = new double[n];
        }
    }
}
