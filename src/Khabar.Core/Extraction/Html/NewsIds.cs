using System.Text.RegularExpressions;

namespace Khabar.Extraction.Html;

/// <summary>News codes inside article URLs: <c>/fa/news/621656/…</c>, <c>/news/1403011100572/…</c>.</summary>
internal static partial class NewsIds
{
    /// <summary>The news code in the URL's path, or null.</summary>
    public static string? FromUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var match = NewsPath().Match(uri.AbsolutePath);
        return match.Success ? match.Groups["id"].Value : null;
    }

    [GeneratedRegex(@"/(?:news|fa/news|doc|article|content|fa/doc)/(?<id>\d{4,20})(?:/|$|-)", RegexOptions.IgnoreCase)]
    private static partial Regex NewsPath();
}
