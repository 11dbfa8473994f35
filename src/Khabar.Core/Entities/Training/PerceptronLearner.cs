using System.Diagnostics;
using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>
/// Learns weights as an averaged structured perceptron: each sentence is tagged with the weights as they are, and
/// where the best tagging differs from the annotation (or, with partial labels, from the best tagging the
/// annotation allows), the annotation's features gain 1 and the guess's lose 1; the average over all steps is kept.
/// </summary>
internal static class PerceptronLearner
{
    /// <summary>Emission weights (features × tags) and transitions ((tags + 1) × tags, start row last).</summary>
    public static (float[] Weights, float[] Transitions) Fit(IReadOnlyList<Example> examples, TagSet tags, int features, TrainingOptions options, Stopwatch clock)
    {
        var weights = new Averaged(features * tags.Count);
        var transitions = new Averaged((tags.Count + 1) * tags.Count);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var k in order)
            {
                errors += Step(examples[k], tags, weights, transitions);
                weights.Tick();
                transitions.Tick();
            }

            options.Log?.WriteLine($"train: epoch {epoch}: {errors} token errors ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        return (weights.Final(), transitions.Final());
    }

    private static int Step(Example e, TagSet tags, Averaged weights, Averaged transitions)
    {
        var t = tags.Count;
        var n = e.Gold.Length;
        var emissions = new float[n * t];
        for (var i = 0; i < n; i++)
        {
            foreach (var row in e.Rows(i))
            {
                for (var y = 0; y < t; y++)
                {
                    emissions[i * t + y] += weights.Current[row * t + y];
                }
            }
        }

        var predicted = Viterbi.Decode(emissions, n, tags, transitions.Current);
        var gold = e.Allowed is null ? e.Gold : Viterbi.Decode(emissions, n, tags, transitions.Current, e.Allowed);
        var errors = 0;
        for (var i = 0; i < n; i++)
        {
            if (gold[i] != predicted[i])
            {
                errors++;
                foreach (var row in e.Rows(i))
                {
                    weights.Add(row * t + gold[i], 1);
                    weights.Add(row * t + predicted[i], -1);
                }
            }

            var goldPrevious = i == 0 ? t : gold[i - 1];
            var predictedPrevious = i == 0 ? t : predicted[i - 1];
            if (goldPrevious != predictedPrevious || gold[i] != predicted[i])
            {
                transitions.Add(goldPrevious * t + gold[i], 1);
                transitions.Add(predictedPrevious * t + predicted[i], -1);
            }
        }

        return errors;
    }
}
