using System.CommandLine;
using System.Text.Json;
using Khabar.Fetching;
using Khabar.Model;
using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar extract PATH...</c>: one JSON object per article on stdout, one error line per bad input.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (recursively), URLs or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var pretty = ArticleFormat.Pretty();
        var format = ArticleFormat.Create();

        var raw = new Option<bool>("--raw") { Description = "Keep the text as the page had it (no normalization)" };
        var follow = FollowOption.Create();
        var command = new Command("extract", "Extract articles from pages, feeds, archives and records as JSON Lines") { paths, pretty, format, raw, follow };
        command.SetAction(parse =>
        {
            using var fetcher = new HttpFetcher();
            var follower = parse.GetValue(follow) ? new FeedPageFollower(fetcher) : null;
            var pipeline = PipelineBuilder.Default(normalize: !parse.GetValue(raw), feedPages: follower);
            var items = InputPaths.Expand(parse.GetValue(paths) ?? [], console.OpenInput, new UrlInputs(fetcher));
            var writer = ArticleFormat.Writer(parse.GetValue(format));
            return Run(pipeline.RunParallel(items, Environment.ProcessorCount), writer, parse.GetValue(pretty), console, follower);
        });
        return command;
    }

    private static int Run(IEnumerable<ItemResult> results, Action<Utf8JsonWriter, Article> write, bool pretty, CliConsole console, FeedPageFollower? follower)
    {
        var failed = 0;
        void NotFollowed()
        {
            while (follower?.NotFollowed.TryDequeue(out var note) == true)
            {
                failed++;
                console.Error.WriteLine($"khabar extract: {note.Source}: {note.Reason}");
            }
        }

        foreach (var result in results)
        {
            NotFollowed();
            if (result.Error is { } error)
            {
                failed++;
                console.Error.WriteLine($"khabar extract: {error.Source}: {error.Reason}");
                continue;
            }

            console.Out.WriteLine(ArticleFormat.Render(write, result.Article!, pretty));
        }

        NotFollowed();
        return failed == 0 ? 0 : 1;
    }
}
