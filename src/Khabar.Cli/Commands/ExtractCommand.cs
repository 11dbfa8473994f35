using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Khabar.Model;
using Khabar.Output;
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
            Description = "Files, folders (their .txt files, recursively) or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON" };
        var format = new Option<string>("--format")
        {
            Description = "khabar (default) or ninjs (IPTC ninjs 2.1)",
            DefaultValueFactory = _ => "khabar",
        };
        format.AcceptOnlyFromAmong("khabar", "ninjs");

        var command = new Command("extract", "Extract articles from scraped pages as JSON Lines") { paths, pretty, format };
        command.SetAction(parse =>
        {
            var pipeline = PipelineBuilder.Default();
            var items = InputPaths.Expand(parse.GetValue(paths) ?? [], console.OpenInput);
            var writer = parse.GetValue(format) == "ninjs" ? (Action<Utf8JsonWriter, Article>)NinjsJson.Write : ArticleJson.Write;
            return Run(pipeline.Run(items), writer, parse.GetValue(pretty), console);
        });
        return command;
    }

    private static int Run(IEnumerable<ItemResult> results, Action<Utf8JsonWriter, Article> write, bool pretty, CliConsole console)
    {
        var failed = 0;
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                failed++;
                console.Error.WriteLine($"khabar extract: {error.Source}: {error.Reason}");
                continue;
            }

            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, JsonSettings.Writer(pretty)))
            {
                write(json, result.Article!);
            }

            console.Out.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        return failed == 0 ? 0 : 1;
    }
}
