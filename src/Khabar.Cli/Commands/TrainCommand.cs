using System.CommandLine;
using Khabar.Entities.Ner;
using Khabar.Entities.Training;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar train ner</c>: reproduces the shipped NER model from the shared data folder.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "The shared data folder (holding ner/, news/, gazetteers/)", DefaultValueFactory = _ => DefaultData() };
        var output = new Option<string>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => Path.Combine("models", NerModelStore.FileName) };
        var ner = new Command("ner", "Train the named-entity model: clusters from news/, then ARMAN, PEYMA train, ParsTwiNER train+dev") { data, output };
        ner.SetAction(parse =>
        {
            var root = parse.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(root, "ner")))
            {
                console.Error.WriteLine($"khabar train ner: no ner/ folder in {root} (give --data DIR)");
                return 1;
            }

            var recipe = new NerRecipe(root, console.Error);
            var model = recipe.Shipped(recipe.Clusters());
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = File.Create(path))
            {
                NerModelFile.Save(model, file);
            }

            console.Error.WriteLine($"khabar train ner: wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
            return 0;
        });
        return new Command("train", "Train Khabar's models from the shared data") { ner };
    }

    private static string DefaultData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (File.Exists(Path.Combine(dir.FullName, "Khabar.slnx")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return Path.GetFullPath(Path.Combine("..", "shared", "data"));
    }
}
