using System.CommandLine;
using Khabar.Archive;
using Khabar.Persian.Dates;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar stats</c>: what the archive holds, per agency, and its recent ingest runs.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var archive = ArchiveOption.Create();
        var command = new Command("stats", "Show what the archive holds") { archive };
        command.SetAction(parse =>
        {
            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            var stats = opened.Store.Stats();
            var o = console.Out;
            o.WriteLine($"archive: {Path.GetFullPath(opened.Folder)}");
            o.WriteLine($"articles: {stats.Articles:N0} (index: {opened.Index.Count:N0} documents, store sequence {opened.Store.LastSequence:N0})");
            if (stats.First is { } first && stats.Last is { } last)
            {
                o.WriteLine($"dated: {stats.WithDate:N0}, from {JalaliFormat.Date(first.ToOffset(TimeSpan.FromHours(3.5)))} to {JalaliFormat.Date(last.ToOffset(TimeSpan.FromHours(3.5)))}");
            }

            o.WriteLine("by agency:");
            foreach (var (agency, count) in stats.ByAgency)
            {
                o.WriteLine($"  {(agency.Length > 0 ? TerminalText.Safe(agency) : "(unknown)")}: {count:N0}");
            }

            o.WriteLine("recent ingests:");
            foreach (var run in opened.Store.RecentRuns(5))
            {
                o.WriteLine($"  {run.Started:yyyy-MM-dd HH:mm} UTC  read {run.Read:N0}, added {run.Added:N0}, updated {run.Updated:N0}, unchanged {run.Unchanged:N0}, failed {run.Failed:N0}  ({TerminalText.Safe(run.Inputs)})");
            }

            return 0;
        });
        return command;
    }
}
