using System.CommandLine;
using Khabar.Archive;
using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar ingest PATH...</c>: reads inputs through the pipeline into the archive; prints a summary.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders or - for standard input: scraped pages, JSON or JSON Lines records",
            Arity = ArgumentArity.OneOrMore,
        };
        var archive = ArchiveOption.Create();
        var raw = new Option<bool>("--raw") { Description = "Keep the text as the page had it (no normalization)" };
        var command = new Command("ingest", "Add articles to the archive (again is an update, never a copy)") { paths, archive, raw };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var items = InputPaths.Expand(inputs, console.OpenInput);
            var progress = new ProgressLine(console.Error, console.Interactive && ProgressLine.IsTerminal);
            var summary = opened.Ingest(PipelineBuilder.Default(normalize: !parse.GetValue(raw)).RunParallel(items, Environment.ProcessorCount), string.Join(' ', inputs), progress.Report);
            progress.Done();

            foreach (var error in summary.Errors)
            {
                console.Error.WriteLine($"khabar ingest: {error.Source}: {error.Reason}");
            }

            if (summary.Failed > summary.Errors.Count)
            {
                console.Error.WriteLine($"khabar ingest: … and {summary.Failed - summary.Errors.Count:N0} more failures (the first {summary.Errors.Count:N0} are listed)");
            }

            console.Out.WriteLine(
                $"read {summary.Read:N0}, added {summary.Added:N0}, updated {summary.Updated:N0}, unchanged {summary.Unchanged:N0}, failed {summary.Failed:N0}; archive holds {opened.Store.Count:N0} articles");
            return summary.Failed == 0 ? 0 : 1;
        });
        return command;
    }
}
