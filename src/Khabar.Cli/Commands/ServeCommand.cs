using System.CommandLine;
using Khabar.Archive;
using Khabar.Pipeline;
using Khabar.Reading;
using Khabar.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar serve</c>: the HTTP API and the Persian web UI over an archive, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var archive = ArchiveOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen (loopback by default)", DefaultValueFactory = _ => ServeOptions.DefaultUrl };
        var token = new Option<string?>("--token") { Description = $"Token that POST /api/ingest requires (default: ${ServeOptions.TokenVariable}; none: ingest off)" };
        var ingest = new Option<string[]>("--ingest") { Description = "Ingest these files or folders first (as khabar ingest does)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("serve", "Serve the archive: JSON API (/api/, /openapi/v1.json) and a Persian web UI") { archive, urls, token, ingest };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(archive)!;
            if (parse.GetValue(ingest) is { Length: > 0 } inputs)
            {
                Ingest(folder, inputs, console);
            }

            var options = new ServeOptions
            {
                Archive = folder,
                Urls = parse.GetValue(urls)!.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Token = parse.GetValue(token) is { Length: > 0 } given ? given
                    : Environment.GetEnvironmentVariable(ServeOptions.TokenVariable) is { Length: > 0 } variable ? variable : null,
            };
            using var app = KhabarServer.Create([], options);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                console.Error.WriteLine($"khabar serve: cannot listen on {string.Join(", ", options.Urls)}: {e.Message}");
                return 1;
            }

            console.Out.WriteLine($"khabar: serving {Path.GetFullPath(folder)} at {string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + "/"))}");
            console.Out.WriteLine(options.Token is null
                ? "khabar: ingest over HTTP is off (start with --token or $KHABAR_TOKEN to allow POST /api/ingest); Ctrl+C stops"
                : "khabar: POST /api/ingest needs Authorization: Bearer <token>; Ctrl+C stops");
            console.Out.Flush();
            app.WaitForShutdown();
            return 0;
        });
        return command;
    }

    // Inputs that fail are reported and skipped; the server starts with what was read.
    private static void Ingest(string folder, string[] inputs, CliConsole console)
    {
        using var opened = KhabarArchive.Open(folder);
        var summary = opened.Ingest(PipelineBuilder.Default().Run(InputPaths.Expand(inputs, console.OpenInput)), string.Join(' ', inputs));
        foreach (var error in summary.Errors)
        {
            console.Error.WriteLine($"khabar serve: {error.Source}: {error.Reason}");
        }

        console.Out.WriteLine($"khabar: ingested {string.Join(' ', inputs)}: read {summary.Read:N0}, added {summary.Added:N0}, updated {summary.Updated:N0}, unchanged {summary.Unchanged:N0}, failed {summary.Failed:N0}; archive holds {opened.Store.Count:N0} articles{IngestCommand.Relinked(summary)}");
    }
}
