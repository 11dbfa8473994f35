using Khabar.Entities.Ner;
using Khabar.Entities.Training;

namespace Khabar.Core.Tests.Entities;

public sealed class CrfLatticeTests
{
    private static readonly TagSet Bilou = new(["PER", "LOC"], TagScheme.Bilou);

    [Fact]
    public void The_likelihood_is_that_of_every_well_formed_path_counted_one_by_one()
    {
        var random = new Random(3);
        var (emissions, transitions) = Scores(random, 4);
        int[] gold = [Bilou.IndexOf("B-PER"), Bilou.IndexOf("L-PER"), 0, Bilou.IndexOf("U-LOC")];

        var nll = new CrfLattice(Bilou).Gradient(emissions, 4, transitions, gold, null);

        var paths = Paths(4).ToList();
        Assert.Contains(paths, p => p.SequenceEqual(gold));
        Assert.DoesNotContain(paths, p => p[0] == Bilou.IndexOf("I-PER"));
        var expected = LogSum(paths.Select(p => Score(p, emissions, transitions))) - Score(gold, emissions, transitions);
        Assert.Equal(expected, nll, 9);
    }

    [Fact]
    public void The_gradient_is_the_slope_of_the_log_likelihood()
    {
        var random = new Random(5);
        const int n = 5;
        var (emissions, transitions) = Scores(random, n);
        int[] gold = [0, Bilou.IndexOf("B-LOC"), Bilou.IndexOf("I-LOC"), Bilou.IndexOf("L-LOC"), Bilou.IndexOf("U-PER")];
        var lattice = new CrfLattice(Bilou);
        lattice.Gradient(emissions, n, transitions, gold, null);
        var nodes = lattice.Nodes.Take(n * Bilou.Count).ToArray();
        var edges = lattice.Edges.ToArray();
        const double h = 1e-5;

        for (var k = 0; k < emissions.Length; k++)
        {
            var slope = Slope(k, emissions, e => new CrfLattice(Bilou).Gradient(e, n, transitions, gold, null), h);
            Assert.Equal(-slope, nodes[k], 5);
        }

        for (var k = 0; k < transitions.Length; k++)
        {
            var slope = Slope(k, transitions, tr => new CrfLattice(Bilou).Gradient(emissions, n, tr, gold, null), h);
            Assert.Equal(-slope, edges[k], 5);
        }
    }

    [Fact]
    public void A_partial_annotation_is_learned_from_all_the_paths_it_allows()
    {
        var random = new Random(8);
        const int n = 4;
        var t = Bilou.Count;
        var (emissions, transitions) = Scores(random, n);
        // PER is annotated, LOC is not: an O may be any LOC tag.
        int[] gold = [Bilou.IndexOf("U-PER"), 0, 0, 0];
        var allowed = new bool[n * t];
        for (var i = 0; i < n; i++)
        {
            allowed[i * t + gold[i]] = true;
            foreach (var tag in gold[i] == 0 ? Bilou.TagsOf(1) : Enumerable.Empty<int>())
            {
                allowed[i * t + tag] = true;
            }
        }

        var lattice = new CrfLattice(Bilou);
        var nll = lattice.Gradient(emissions, n, transitions, gold, allowed);

        var paths = Paths(n).ToList();
        var kept = paths.Where(p => p.Select((y, i) => allowed[i * t + y]).All(a => a)).ToList();
        Assert.True(kept.Count > 1);
        var expected = LogSum(paths.Select(p => Score(p, emissions, transitions))) - LogSum(kept.Select(p => Score(p, emissions, transitions)));
        Assert.Equal(expected, nll, 9);
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(0, Enumerable.Range(0, t).Sum(y => lattice.Nodes[i * t + y]), 9);
        }
    }

    [Fact]
    public void A_gold_path_the_scheme_forbids_has_no_likelihood_and_an_empty_sentence_costs_nothing()
    {
        var (emissions, transitions) = Scores(new Random(1), 2);
        var lattice = new CrfLattice(Bilou);

        Assert.True(double.IsNaN(lattice.Gradient(emissions, 2, transitions, [Bilou.IndexOf("I-PER"), 0], null)));
        Assert.True(double.IsNaN(lattice.Gradient(emissions, 2, transitions, [0, Bilou.IndexOf("B-PER")], null)));
        Assert.Equal(0, lattice.Gradient([], 0, transitions, [], null));
        Assert.All(lattice.Edges, e => Assert.Equal(0, e));
    }

    private static (double[] Emissions, double[] Transitions) Scores(Random random, int n)
    {
        var t = Bilou.Count;
        var emissions = Enumerable.Range(0, n * t).Select(_ => random.NextDouble() * 6 - 3).ToArray();
        var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => random.NextDouble() * 2 - 1).ToArray();
        return (emissions, transitions);
    }

    private static double Slope(int k, double[] values, Func<double[], double> f, double h)
    {
        var up = values.ToArray();
        var down = values.ToArray();
        up[k] += h;
        down[k] -= h;
        return (f(up) - f(down)) / (2 * h);
    }

    // Every tag sequence of length n that starts, continues and ends as the scheme allows.
    private static IEnumerable<int[]> Paths(int n)
    {
        var t = Bilou.Count;
        var total = (int)Math.Pow(t, n);
        for (var code = 0; code < total; code++)
        {
            var path = new int[n];
            var rest = code;
            for (var i = 0; i < n; i++)
            {
                path[i] = rest % t;
                rest /= t;
            }

            var ok = !Bilou.IsInside(path[0]) && Bilou.CanEnd(path[n - 1]);
            for (var i = 1; ok && i < n; i++)
            {
                ok = Bilou.CanFollow(path[i - 1], path[i]);
            }

            if (ok)
            {
                yield return path;
            }
        }
    }

    private static double Score(int[] path, double[] emissions, double[] transitions)
    {
        var t = Bilou.Count;
        var score = 0.0;
        for (var i = 0; i < path.Length; i++)
        {
            score += emissions[i * t + path[i]] + transitions[(i == 0 ? t : path[i - 1]) * t + path[i]];
        }

        return score;
    }

    private static double LogSum(IEnumerable<double> scores)
    {
        var all = scores.ToList();
        var top = all.Max();
        return top + Math.Log(all.Sum(s => Math.Exp(s - top)));
    }
}
