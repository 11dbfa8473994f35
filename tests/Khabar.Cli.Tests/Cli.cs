using System.Text;
using Khabar.Cli;

namespace Khabar.Cli.Tests;

/// <summary>Runs the CLI in-process with captured streams.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Error) RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(() => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), output, error);
        var exit = KhabarCli.Run(args, console);
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Error) Run(params string[] args) => RunWithInput("", args);
}
