using Khabar.Bench.Dedup;

var root = FindRoot();
var articles = args.SkipWhile(a => a != "--articles").Skip(1).Select(int.Parse).FirstOrDefault(100_000);
switch (args.FirstOrDefault())
{
    case "quality":
        Quality.Run(root);
        return 0;
    case "stories":
        StoryQuality.Run(root);
        return 0;
    case "blocks":
        BlockMemory.Run(articles);
        return 0;
    case "scale":
        Scale.Run(root, articles, args.SkipWhile(a => a != "--dates").Skip(1).FirstOrDefault() == "random");
        return 0;
    default:
        Console.Error.WriteLine("usage: Khabar.Bench.Dedup quality | stories | scale [--articles N] [--dates feed|random] | blocks [--articles N]");
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
