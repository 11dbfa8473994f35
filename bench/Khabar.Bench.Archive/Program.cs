using Khabar.Bench.Archive;

var root = FindRoot();
switch (args.FirstOrDefault())
{
    case "scale":
        var count = args.Length > 2 && args[1] == "--articles" ? int.Parse(args[2]) : 1_000_000;
        Scale.Run(root, count, entities: !args.Contains("--no-entities"), Option("--keep"));
        return 0;
    case "latency":
        if (Option("--archive") is not { } archive)
        {
            Console.Error.WriteLine("latency needs --archive DIR (an archive kept by scale --keep DIR)");
            return 2;
        }

        Scale.Latency(archive, Array.IndexOf(args, "--rounds") is var r and >= 0 && r + 1 < args.Length ? int.Parse(args[r + 1]) : 15, !args.Contains("--no-snippets"),
            Option("--warmup") is { } warmup ? int.Parse(warmup) : 1);
        return 0;
    case "entities":
        var keep = Array.IndexOf(args, "--archive") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        EntityScale.Run(root, Array.IndexOf(args, "--articles") is var n and >= 0 && n + 1 < args.Length ? int.Parse(args[n + 1]) : 100_000, keep);
        return 0;
    case "ingest-profile":
        IngestProfile.Run(root, args.Length > 2 && args[1] == "--articles" ? int.Parse(args[2]) : 20_000, Option("--every") is { } every ? int.Parse(every) : 0);
        return 0;
    case "known-item":
        KnownItem.Run(root, Option("--queries") switch
        {
            null => KnownItem.DefaultQueries,
            "all" => null,
            var q => int.Parse(q),
        }, Option("--corpus"), Option("--cells")?.Split(',').Select(int.Parse).ToHashSet());
        return 0;
    case "analyze-speed":
        AnalyzeSpeed.Run(root);
        return 0;
    default:
        Console.Error.WriteLine("usage: Khabar.Bench.Archive known-item [--queries N|all] [--corpus written|glued] [--cells 1,2,…] | scale [--articles N] [--no-entities] [--keep DIR] | latency --archive DIR [--rounds N] [--warmup N] [--no-snippets] | analyze-speed | ingest-profile [--articles N] [--every N] | entities [--articles N] [--archive DIR]");
        return 2;
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

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
