using System.CommandLine;
using Khabar.Cli.Commands;

namespace Khabar.Cli;

/// <summary>The command line: one command per file under Commands/.</summary>
internal static class KhabarCli
{
    /// <summary>Parses and runs the arguments; returns the process exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Khabar: clean, structured, searchable Persian news.")
        {
            ExtractCommand.Create(console),
            DateCommand.Create(console),
            NormalizeCommand.Create(console),
            IngestCommand.Create(console),
            SearchCommand.Create(console),
            ShowCommand.Create(console),
            ExportCommand.Create(console),
            StatsCommand.Create(console),
            ReindexCommand.Create(console),
            NerCommand.Create(console),
            TrainCommand.Create(console),
            ServeCommand.Create(console),
            DupesCommand.Create(console),
            StoriesCommand.Create(console),
            EntitiesCommand.List(console),
            EntitiesCommand.Page(console),
            NetworkCommand.Create(console),
        };

        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }
}
