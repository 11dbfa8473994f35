using System.Diagnostics;
using Khabar.Archive.Ingest;

namespace Khabar.Cli.Commands;

/// <summary>Ingest progress on stderr: a bar redrawn in place on a terminal, a plain line every few seconds otherwise.</summary>
internal sealed class ProgressLine(TextWriter error, bool terminal)
{
    private readonly TimeSpan every = TimeSpan.FromSeconds(terminal ? 0.2 : 5);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan last = TimeSpan.Zero;

    /// <summary>True when stderr is a terminal.</summary>
    public static bool IsTerminal => !Console.IsErrorRedirected;

    public void Report(IngestProgress p)
    {
        if (clock.Elapsed - last < every)
        {
            return;
        }

        last = clock.Elapsed;
        var rate = p.Read / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var text = $"{p.Read:N0} read, {p.Added:N0} added, {p.Updated:N0} updated, {p.Failed:N0} failed, {rate:N0}/s";
        if (terminal)
        {
            var spin = "|/-\\"[(int)(clock.Elapsed.TotalSeconds * 4) % 4];
            error.Write($"\r{spin} ingest: {text}   ");
        }
        else
        {
            error.WriteLine($"ingest: {text}");
        }
    }

    public void Done()
    {
        if (terminal)
        {
            error.WriteLine();
        }
    }
}
