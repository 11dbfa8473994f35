using Khabar.Bench.Extraction;

// dotnet run -c Release --project bench/Khabar.Bench.Extraction -- [quality|speed|dump|reading|parse|all] [seconds per extractor]
var what = args.Length > 0 ? args[0] : "all";
var seconds = args.Length > 1 && double.TryParse(args[1], out var s) ? s : 10;
var pages = GoldPages.Load();
if (pages.Count == 0)
{
    Console.Error.WriteLine($"no pages under {GoldPages.Root}: the shared data set sits beside the repository as ../shared");
    return 1;
}

if (what is "quality" or "all")
{
    Quality.Run(pages);
}

if (what == "dump")
{
    Dump.Run(pages);
}

if (what == "reading")
{
    ReadingCost.Run(pages);
}

if (what == "parse")
{
    ParseOnly.Run(pages);
}

if (what is "speed" or "all")
{
    Speed.Run(pages, TimeSpan.FromSeconds(seconds));
}

return 0;
