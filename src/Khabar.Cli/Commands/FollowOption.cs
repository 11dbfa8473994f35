using System.CommandLine;

namespace Khabar.Cli.Commands;

/// <summary>The <c>--follow</c> option of extract and ingest.</summary>
internal static class FollowOption
{
    public static Option<bool> Create() => new("--follow")
    {
        Description = "For feeds: fetch each item's page (robots.txt, rate limit and caps apply) and extract it in full; "
            + "when a page fails, the item's own text is kept and an error line names the item",
    };
}
