using System.CommandLine;
using Khabar.Archive;
using Khabar.Archive.Store;
using Khabar.Fetching;
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
            Description = "Files, folders, URLs (pages or feeds) or - for standard input: pages, feeds, archives, JSON or JSON Lines records",
            Arity = ArgumentArity.OneOrMore,
        };
        var archive = ArchiveOption.Create();
        var raw = new Option<bool>("--raw") { Description = "Keep the text as the page had it (no normalization)" };
        var follow = FollowOption.Create();
        var noRelink = new Option<bool>("--no-relink")
        {
            Description = "Leave stored articles as they are: by default those whose bare names (a surname, a shorter name) this run's lessons link otherwise are linked again afterwards (reindex does it later for all)",
        };
        var command = new Command("ingest", "Add articles to the archive (again is an update, never a copy)") { paths, archive, raw, follow, noRelink };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            using var fetcher = new HttpFetcher();

            // Feed URLs are fetched conditionally with the validators the archive kept from the last run.
            using var lasting = inputs.Any(Sniff.IsUrl) ? SqliteFeedValidators.Open(Path.Combine(opened.Folder, KhabarArchive.StoreFile)) : null;
            var validators = lasting is null ? null : new FeedValidators(lasting);
            var urls = new UrlInputs(fetcher, validators);
            var follower = parse.GetValue(follow) ? new FeedPageFollower(fetcher) : null;

            var items = InputPaths.Expand(inputs, console.OpenInput, urls);
            var progress = new ProgressLine(console.Error, console.Interactive && ProgressLine.IsTerminal);
            var pipeline = PipelineBuilder.Default(normalize: !parse.GetValue(raw), feedPages: follower);
            var summary = opened.Ingest(pipeline.RunParallel(items, Environment.ProcessorCount), string.Join(' ', inputs), progress.Report, relink: !parse.GetValue(noRelink));
            progress.Done();

            foreach (var error in summary.Errors)
            {
                console.Error.WriteLine($"khabar ingest: {error.Source}: {error.Reason}");
            }

            if (summary.Failed > summary.Errors.Count)
            {
                console.Error.WriteLine($"khabar ingest: … and {summary.Failed - summary.Errors.Count:N0} more failures (the first {summary.Errors.Count:N0} are listed)");
            }

            var notFollowed = follower?.NotFollowed.ToList() ?? [];
            foreach (var note in notFollowed)
            {
                console.Error.WriteLine($"khabar ingest: {note.Source}: {note.Reason}");
            }

            foreach (var url in urls.NotModified)
            {
                console.Out.WriteLine($"{url}: not modified since the last ingest (HTTP 304); nothing read");
            }

            // A feed with a failed item is fetched whole next time; with failures left unlisted, every feed is.
            if (validators is not null && summary.Failed == summary.Errors.Count)
            {
                validators.Save(summary.Errors.Concat(notFollowed).Select(e => e.Source));
            }

            console.Out.WriteLine(
                $"read {summary.Read:N0}, added {summary.Added:N0}, updated {summary.Updated:N0}, unchanged {summary.Unchanged:N0}, failed {summary.Failed:N0}; archive holds {opened.Store.Count:N0} articles{IngestCommand.Relinked(summary)}");
            return summary.Failed == 0 && notFollowed.Count == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>The end of the summary line: how many stored articles the run linked again, if any.</summary>
    internal static string Relinked(Khabar.Archive.Ingest.IngestSummary summary) =>
        summary.Relinked > 0 ? $"; {summary.Relinked:N0} stored articles linked again with the names this run learned" : "";
}
