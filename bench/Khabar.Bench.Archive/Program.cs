using Khabar.Bench.Archive;

var root = FindRoot();
switch (args.FirstOrDefault())
{
    case "known-item":
        KnownItem.Run(root);
        return 0;
    case "analyze-speed":
        AnalyzeSpeed.Run(root);
        return 0;
    default:
        Console.Error.WriteLine("usage: Khabar.Bench.Archive analyze-speed | known-item | scale [--articles N]");
        return 2;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Khabar.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}
