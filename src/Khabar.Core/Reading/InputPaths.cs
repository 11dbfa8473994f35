using Khabar.Fetching;

namespace Khabar.Reading;

/// <summary>Turns command-line paths (files, folders, URLs, <c>-</c>) into input items, in a stable order.</summary>
public static class InputPaths
{
    /// <summary>File name endings read when walking a folder; a file named explicitly is read whatever its name.</summary>
    public static readonly IReadOnlyList<string> FolderExtensions = [".txt", ".text", ".html", ".htm", ".xhtml", ".rss", ".atom", ".warc", ".warc.gz", ".zip", ".json", ".jsonl", ".ndjson"];

    /// <summary>The items behind the paths; a missing path becomes an item that reports itself.</summary>
    public static IEnumerable<InputItem> Expand(IEnumerable<string> paths, Func<Stream> standardInput) =>
        Expand(paths, standardInput, new UrlInputs(HttpFetcher.Shared));

    /// <summary>The same, with URLs fetched as <paramref name="urls"/> says (its fetcher, its feed validators).</summary>
    public static IEnumerable<InputItem> Expand(IEnumerable<string> paths, Func<Stream> standardInput, UrlInputs urls)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new InputItem("-", standardInput, null);
            }
            else if (Sniff.IsUrl(path))
            {
                yield return urls.Item(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FilesUnder(path))
                {
                    yield return InputItem.FromFile(file);
                }
            }
            else if (File.Exists(path))
            {
                yield return InputItem.FromFile(path);
            }
            else
            {
                yield return InputItem.Missing(path, "no such file or folder");
            }
        }
    }

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => FolderExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);
    }
}
