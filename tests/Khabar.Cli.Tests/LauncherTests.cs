using System.Diagnostics;
using Khabar.Testing;

namespace Khabar.Cli.Tests;

/// <summary>The ./khabar launcher at the repository root: builds on first use, keeps build noise off stdout.</summary>
public sealed class LauncherTests
{
    [Fact]
    public async Task The_launcher_runs_the_CLI_and_prints_only_the_result_on_stdout()
    {
        var start = new ProcessStartInfo("bash", [Repo.File("khabar"), "date", "۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰:۰۱"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal("2024-03-30T11:00:01+03:30\n", await output);
    }
}
