using System.Diagnostics;
using Khabar.Entities.Ner;
using Khabar.Entities.Training;

namespace Khabar.Bench.Ner;

/// <summary><c>eval</c>: trains on a training split and scores the matching test split.</summary>
internal static class Evaluate
{
    public static int Run(string[] args)
    {
        var which = args.FirstOrDefault() ?? "peyma";
        var recipe = new NerRecipe(Paths.Data(args), Console.Error);
        var clusters = args.Contains("--no-clusters") ? WordClusters.Empty : recipe.Clusters(Paths.ClusterCache, wide: !args.Contains("--no-wide"));
        var setup = Setup.Parse(args);
        var corpora = recipe.Corpora;
        var clock = Stopwatch.StartNew();
        if (which is "peyma")
        {
            var model = setup.Train(recipe, setup.Data(recipe, "peyma", corpora.Peyma("train")), clusters, "PEYMA train", setup.For("peyma"));
            Report.Print($"PEYMA dev (trained on PEYMA train; {setup.Describe("peyma")})", Report.Score(model, corpora.Peyma("dev")), Report.Main);
            if (args.Contains("--on-train"))
            {
                Report.Print("PEYMA train (fit)", Report.Score(model, corpora.Peyma("train")), Report.Main);
            }
        }

        if (which is "arman")
        {
            var f1 = new List<double>();
            var main = new List<double>();
            for (var fold = 1; fold <= 3; fold++)
            {
                var model = setup.Train(recipe, setup.Data(recipe, "arman", corpora.Arman(fold, test: false)), clusters, $"ARMAN train_fold{fold}", setup.For("arman"));
                var scorer = Report.Score(model, corpora.Arman(fold, test: true));
                Report.Print($"ARMAN test_fold{fold} (trained on train_fold{fold}; {setup.Describe("arman")})", scorer, Report.Main);
                f1.Add(scorer.Overall().F1);
                main.Add(scorer.Overall(Report.Main).F1);
            }

            Console.WriteLine($"\nARMAN mean F1 over folds: all types {f1.Average():F1}, PER/ORG/LOC {main.Average():F1}");
        }

        if (which is "shipped")
        {
            // --model FILE scores a model file as it is (weights pruned and at half precision) instead of training one.
            var file = Paths.Option(args, "--model");
            var model = file is null ? recipe.Shipped(clusters) : NerModelStore.Load(file);

            var label = file is null ? "shipped recipe" : $"{Path.GetFileName(file)}, {model.Info.GetValueOrDefault("version")}";
            Report.Print($"PEYMA dev ({label})", Report.Score(model, corpora.Peyma("dev")), Report.Main);
            Report.Print($"ParsTwiNER test ({label})", Report.Score(model, corpora.ParsTwiner("test")), Report.Main);
        }

        Console.Error.WriteLine($"eval {which}: {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
}
