namespace Khabar.Cli;

/// <summary>The streams a command talks to; the real console, or strings in tests.</summary>
internal sealed record CliConsole(Func<Stream> OpenInput, TextWriter Out, TextWriter Error)
{
    /// <summary>True for the process's own console, where progress may be drawn on a terminal.</summary>
    public bool Interactive { get; init; }

    /// <summary>The process's own standard streams.</summary>
    public static CliConsole System()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new global::System.Text.UTF8Encoding(false), 65536)
        {
            AutoFlush = false,
            NewLine = "\n",
        };
        var error = new StreamWriter(Console.OpenStandardError(), new global::System.Text.UTF8Encoding(false))
        {
            AutoFlush = true,
            NewLine = "\n",
        };
        return new CliConsole(Console.OpenStandardInput, output, error) { Interactive = true };
    }
}
