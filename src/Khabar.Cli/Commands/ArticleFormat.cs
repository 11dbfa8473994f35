using System.CommandLine;
using System.Text.Json;
using Khabar.Model;
using Khabar.Output;

namespace Khabar.Cli.Commands;

/// <summary>The <c>--format</c> and <c>--pretty</c> options of commands that print whole articles.</summary>
internal static class ArticleFormat
{
    public static Option<string> Create(params string[] extra)
    {
        var option = new Option<string>("--format")
        {
            Description = "khabar (default) or ninjs (IPTC ninjs 2.1)" + (extra.Length > 0 ? " or " + string.Join(" or ", extra) : ""),
            DefaultValueFactory = _ => "khabar",
        };
        option.AcceptOnlyFromAmong(["khabar", "ninjs", .. extra]);
        return option;
    }

    public static Option<bool> Pretty() => new("--pretty") { Description = "Indent the JSON" };

    /// <summary>The article writer for a format name.</summary>
    public static Action<Utf8JsonWriter, Article> Writer(string? format) =>
        format == "ninjs" ? NinjsJson.Write : ArticleJson.Write;

    /// <summary>The article as one JSON text, indented or not.</summary>
    public static string Render(Action<Utf8JsonWriter, Article> write, Article article, bool pretty)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonSettings.Writer(pretty)))
        {
            write(json, article);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
