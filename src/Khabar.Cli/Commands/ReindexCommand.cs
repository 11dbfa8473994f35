using System.CommandLine;
using Khabar.Archive;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar reindex</c>: rebuilds the search index from the store.</summary>
internal static class ReindexCommand
{
    public static Command Create(CliConsole console)
    {
        var archive = ArchiveOption.Create();
        var command = new Command("reindex", "Rebuild the search index from the store") { archive };
        command.SetAction(parse =>
        {
            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var count = opened.Reindex(done => console.Error.WriteLine($"reindex: {done:N0} articles"));
            console.Out.WriteLine($"reindexed {count:N0} articles; index holds {opened.Index.Count:N0} documents");
            return 0;
        });
        return command;
    }
}
