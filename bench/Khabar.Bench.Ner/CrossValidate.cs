using System.Diagnostics;
using Khabar.Entities.Ner;
using Khabar.Entities.Training;

namespace Khabar.Bench.Ner;

/// <summary>
/// <c>cv</c>: k-fold cross-validation inside a training split (PEYMA train, or ARMAN train_fold1), in contiguous
/// blocks, so that settings are chosen without looking at PEYMA dev or the ARMAN test folds. With
/// <c>--train-share X</c> every training corpus of a fold is cut to its first X share of sentences (a learning curve).
/// </summary>
internal static class CrossValidate
{
    public static int Run(string[] args)
    {
        var which = args.FirstOrDefault() ?? "peyma";
        var k = int.Parse(Paths.Option(args, "--folds", "4")!);
        var recipe = new NerRecipe(Paths.Data(args), args.Contains("--verbose") ? Console.Error : null);
        var clusters = recipe.Clusters(Paths.ClusterCache, wide: !args.Contains("--no-wide"));
        var setup = Setup.Parse(args);
        var data = which switch
        {
            "peyma" => recipe.Corpora.Peyma("train"),
            "arman" => recipe.Corpora.Arman(1, test: false),
            _ => throw new ArgumentException($"cv: unknown corpus '{which}' (peyma or arman)"),
        };
        var clock = Stopwatch.StartNew();
        var total = new PhraseScorer();
        var folds = new List<double>();
        var only = Paths.Option(args, "--fold", null) is { } one ? int.Parse(one) : 0;
        var biases = (Paths.Option(args, "--outside-bias", null) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(b => float.Parse(b, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var biasTotals = biases.ToDictionary(b => b, _ => new PhraseScorer());
        var biasFolds = biases.ToDictionary(b => b, _ => new List<double>());
        var share = Paths.Option(args, "--train-share") is { } cut ? double.Parse(cut, System.Globalization.CultureInfo.InvariantCulture) : 1;
        if (!(share > 0 && share <= 1))
        {
            throw new ArgumentException($"cv: --train-share must be in (0, 1], not {share}");
        }

        for (var fold = 0; fold < k; fold++)
        {
            if (only > 0 && fold + 1 != only)
            {
                continue;
            }

            int from = data.Count * fold / k, to = data.Count * (fold + 1) / k;
            var train = Prefix(setup.Data(recipe, which, data.Take(from).Concat(data.Skip(to)).ToList()), share);
            Console.Error.WriteLine($"cv {which}: fold {fold + 1}/{k} training data{(share < 1 ? $" (first {share:0.####} of each corpus)" : "")}: " +
                string.Join(", ", train.GroupBy(t => t.Corpus.Name).Select(g => $"{g.Key} {g.Count():N0} sentences, {g.Sum(t => t.Sentence.Tokens.Count):N0} tokens")) +
                $"; total {train.Count:N0} sentences, {train.Sum(t => t.Sentence.Tokens.Count):N0} tokens");
            var test = data.Skip(from).Take(to - from).ToList();
            var model = setup.Train(recipe, train, clusters, $"{which} cv {fold + 1}/{k}", setup.For(which));
            if (args.Contains("--via-file"))
            {
                // The model as it is written: the file drops small weights and stores most at half precision.
                using var stream = new MemoryStream();
                NerModelFile.Save(model, stream);
                stream.Position = 0;
                var before = Report.Score(model, test).Overall(Report.Main).F1;
                model = NerModelFile.Load(stream);
                Console.Error.WriteLine($"cv {which}: fold {fold + 1}/{k}: {stream.Length:N0} bytes written; F1 (PER/ORG/LOC) before writing {before:F2}");
            }

            // --outside-bias B1,B2,…: the fold's model decoded with each bias taken from the outside tag's scores.
            foreach (var bias in biases)
            {
                var biased = Report.Score(model.WithOutsideBias(bias), test);
                var main = biased.Overall(Report.Main);
                biasTotals[bias].Add(biased);
                biasFolds[bias].Add(main.F1);
                Console.Error.WriteLine($"cv {which}: fold {fold + 1}/{k} outside bias {bias:0.###}: P {main.Precision:F2} R {main.Recall:F2} F1 {main.F1:F2}");
            }

            // --errors FILE: each fold's phrase errors by kind, in FILE.1, FILE.2, …
            var scorer = Report.Score(model, test, Paths.Option(args, "--errors") is { } errorFile ? $"{errorFile}.{fold + 1}" : null);
            total.Add(scorer);
            folds.Add(scorer.Overall(Report.Main).F1);
            Console.Error.WriteLine($"cv {which}: fold {fold + 1}/{k} F1 (PER/ORG/LOC) {folds[^1]:F2} ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        Report.Print($"{which} train, {k}-fold cross-validation (pooled; {setup.Describe(which)}{(share < 1 ? $"; training corpora cut to their first {share:0.####}" : "")})", total, Report.Main);
        Console.WriteLine($"\n{which} cv F1 (PER/ORG/LOC) per fold: {string.Join(' ', folds.Select(f => f.ToString("F1")))}; mean {folds.Average():F2}; pooled all types {total.Overall().F1:F2}");
        foreach (var bias in biases)
        {
            Console.WriteLine($"{which} cv outside bias {bias:0.###}: F1 (PER/ORG/LOC) per fold {string.Join(' ', biasFolds[bias].Select(f => f.ToString("F2")))}; mean {biasFolds[bias].Average():F2}; pooled all types {biasTotals[bias].Overall().F1:F2}");
        }

        Console.Error.WriteLine($"cv {which}: {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>
    /// Each corpus's first <paramref name="share"/> of its sentences, in their order (the corpora keep their articles'
    /// sentences in order but do not mark where an article ends, so the cut is a prefix of sentences); all at 1.
    /// </summary>
    private static IReadOnlyList<TrainingSentence> Prefix(IReadOnlyList<TrainingSentence> data, double share)
    {
        if (share >= 1)
        {
            return data;
        }

        var keep = data.GroupBy(t => t.Corpus.Name).ToDictionary(g => g.Key, g => Math.Max(1, (int)Math.Round(g.Count() * share)));
        var kept = new List<TrainingSentence>();
        foreach (var sentence in data)
        {
            if (keep[sentence.Corpus.Name]-- > 0)
            {
                kept.Add(sentence);
            }
        }

        return kept;
    }
}
