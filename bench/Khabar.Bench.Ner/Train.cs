using Khabar.Entities.Ner;
using Khabar.Entities.Training;

namespace Khabar.Bench.Ner;

/// <summary><c>train</c>: the shipped model, from the shared data.</summary>
internal static class Train
{
    public static int Run(string[] args)
    {
        var output = Paths.Option(args, "--out") ?? Path.Combine(Paths.Root, "models", "ner-fa.model.gz");
        var recipe = new NerRecipe(Paths.Data(args), Console.Error);
        var model = recipe.Shipped(recipe.Clusters(Paths.Option(args, "--clusters")));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        {
            NerModelFile.Save(model, file);
        }

        Console.Error.WriteLine($"train: wrote {output} ({new FileInfo(output).Length / 1024} KiB)");
        return 0;
    }
}
