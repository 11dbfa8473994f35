using System.CommandLine;
using Khabar.Archive;

namespace Khabar.Cli.Commands;

/// <summary>
/// <c>khabar reindex</c>: links the stored articles' phrases again as this version links them (seeds, ids, roles)
/// and their bare names with the names the archive has learned now, writing changed articles back to the store, then
/// rebuilds the search index from the store (<c>--index-only</c>: only the index).
/// </summary>
internal static class ReindexCommand
{
    public static Command Create(CliConsole console)
    {
        var archive = ArchiveOption.Create();
        var indexOnly = new Option<bool>("--index-only") { Description = "Rebuild the index only; do not relink the stored articles" };
        var command = new Command("reindex", "Link the stored articles again as this version links them, with the names learned now, then rebuild the search index from the store")
        {
            archive, indexOnly,
        };
        command.SetAction(parse =>
        {
            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            if (!parse.GetValue(indexOnly))
            {
                var relink = opened.Relink(done => console.Error.WriteLine($"relink: {done.Read:N0} articles read, {done.Relinked:N0} relinked"));
                console.Out.WriteLine($"relinked {relink.Relinked:N0} of {relink.Read:N0} articles"
                    + (relink.Skipped > 0 ? $"; {relink.Skipped:N0} left as they were (their identity changed since they were stored)" : ""));
            }

            var count = opened.Reindex(done => console.Error.WriteLine($"reindex: {done:N0} articles"));
            console.Out.WriteLine($"reindexed {count:N0} articles; index holds {opened.Index.Count:N0} documents");
            return 0;
        });
        return command;
    }
}
