using System.CommandLine;
using System.Text.Json;
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
        var command = new Command("extract", "Extract articles from pages, feeds, archives and records as JSON Lines") { paths, pretty, format, raw };
        command.SetAction(parse =>
        {
            var pipeline = PipelineBuilder.Default(normalize: !parse.GetValue(raw));
            var items = InputPaths.Expand(parse.GetValue(paths) ?? [], console.OpenInput);
            var writer = ArticleFormat.Writer(parse.GetValue(format));
            return Run(pipeline.RunParallel(items, Environment.ProcessorCount), writer, parse.GetValue(pretty), console);
        });
        return command;
    }

    private static int Run(IEnumerable<ItemResult> results, Action<Utf8JsonWriter, Article> write, bool pretty, CliConsole console)
    {
        var failed = 0;
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                failed++;
                console.Error.WriteLine($"khabar extract: {error.Source}: {error.Reason}");
                continue;
            }

            console.Out.WriteLine(ArticleFormat.Render(write, result.Article!, pretty));
        }

        return failed == 0 ? 0 : 1;
    }
}
