using System.Diagnostics;
using System.Numerics;
using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>
/// Fits a linear-chain CRF (<see cref="CrfLattice"/>) by stochastic gradient descent on the log-likelihood with an
/// L2 penalty, on the schedule of CRFsuite's <c>l2sgd</c>: the rate falls as 1/(λ(t₀+k)) and the penalty decays
/// every weight through one shared scale, so a step touches only the sentence's features. The weights have the
/// perceptron's form (a score per feature and tag, a score per transition), so tagging is the same either way.
/// </summary>
internal static class CrfLearner
{
    /// <summary>Emission weights (features × tags) and transitions ((tags + 1) × tags, start row last).</summary>
    public static (float[] Weights, float[] Transitions) Fit(IReadOnlyList<Example> examples, TagSet tags, int features,
        TrainingOptions options, Stopwatch clock)
    {
        var t = tags.Count;
        var stride = (t + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        if ((long)features * stride > Array.MaxLength)
        {
            throw new ArgumentException($"{features:N0} features × {t} tags are too many weights for the CRF; raise the minimum feature count", nameof(features));
        }

        var weights = new float[(long)features * stride];
        var transitions = new double[(t + 1) * t];
        var lambda = 2 * options.L2 / examples.Count;
        var t0 = 1 / (lambda * options.LearningRate);
        var lattice = new CrfLattice(tags);
        var row = new float[stride];
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var scale = 1.0;
        long k = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var loss = 0.0;
            var skipped = 0;
            foreach (var index in order)
            {
                var e = examples[index];
                var eta = 1 / (lambda * (t0 + k++));
                var decay = 1 - eta * lambda;
                scale *= decay;
                for (var i = 0; i < transitions.Length; i++)
                {
                    transitions[i] *= decay;
                }

                var n = e.Gold.Length;
                var score = Emissions(e, weights, stride, t, scale, row);
                var nll = lattice.Gradient(score, n, transitions, e.Gold, e.Allowed);
                if (double.IsNaN(nll))
                {
                    skipped++;
                    continue;
                }

                loss += nll;
                for (var i = 0; i < transitions.Length; i++)
                {
                    transitions[i] += eta * lattice.Edges[i];
                }

                var factor = eta / scale;
                for (var i = 0; i < n; i++)
                {
                    for (var y = 0; y < t; y++)
                    {
                        row[y] = (float)(lattice.Nodes[i * t + y] * factor);
                    }

                    foreach (var r in e.Rows(i))
                    {
                        Add(weights.AsSpan(r * stride, stride), row);
                    }
                }

                if (scale < 1e-6)
                {
                    Rescale(weights, (float)scale);
                    scale = 1;
                }
            }

            options.Log?.WriteLine($"train: epoch {epoch}: negative log-likelihood {loss:F0}{(skipped > 0 ? $", {skipped} sentences without a well-formed path" : "")} ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        var result = new float[features * t];
        for (var r = 0; r < features; r++)
        {
            for (var y = 0; y < t; y++)
            {
                result[r * t + y] = (float)(weights[(long)r * stride + y] * scale);
            }
        }

        return (result, transitions.Select(w => (float)w).ToArray());
    }

    private static double[] Emissions(Example e, float[] weights, int stride, int t, double scale, float[] row)
    {
        var n = e.Gold.Length;
        var emissions = new double[n * t];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(row);
            foreach (var r in e.Rows(i))
            {
                Add(row, weights.AsSpan(r * stride, stride));
            }

            for (var y = 0; y < t; y++)
            {
                emissions[i * t + y] = row[y] * scale;
            }
        }

        return emissions;
    }

    private static void Add(Span<float> into, ReadOnlySpan<float> values)
    {
        for (var i = 0; i < into.Length; i += Vector<float>.Count)
        {
            (new Vector<float>(into[i..]) + new Vector<float>(values[i..])).CopyTo(into[i..]);
        }
    }

    private static void Rescale(float[] weights, float scale)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] *= scale;
        }
    }
}
