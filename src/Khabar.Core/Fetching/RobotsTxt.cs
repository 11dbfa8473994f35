namespace Khabar.Fetching;

/// <summary>
/// robots.txt rules for one product token (RFC 9309): the group naming the token, else the <c>*</c> group; the
/// longest matching Allow or Disallow path wins, Allow on a tie; <c>*</c> and <c>$</c> are understood.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(string Path, bool Allow)> rules;

    private RobotsTxt(List<(string Path, bool Allow)> rules) => this.rules = rules;

    /// <summary>Rules that allow everything (no robots.txt, or a 4xx for it).</summary>
    public static RobotsTxt AllowAll { get; } = new([]);

    /// <summary>Rules that forbid everything (robots.txt unreachable: a 5xx or a network error).</summary>
    public static RobotsTxt DisallowAll { get; } = new([("/", false)]);

    /// <summary>The rules in the text that apply to the token.</summary>
    public static RobotsTxt Parse(string text, string token)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n').Take(10_000))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var (key, value) = (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if (key is "allow" or "disallow" && current is not null)
            {
                lastWasAgent = false;
                if (value.Length > 0)
                {
                    current.Value.Rules.Add((value, key == "allow"));
                }
            }
        }

        var mine = groups.Where(g => g.Agents.Any(a => token.StartsWith(a, StringComparison.OrdinalIgnoreCase) && a != "*")).ToList();
        var chosen = mine.Count > 0 ? mine : groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsTxt(chosen.SelectMany(g => g.Rules).ToList());
    }

    /// <summary>True when the path (with its query) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        var best = -1;
        var allow = true;
        foreach (var (path, isAllow) in rules)
        {
            if (path.Length >= best && Matches(path, pathAndQuery) && (path.Length > best || isAllow))
            {
                (best, allow) = (path.Length, isAllow);
            }
        }

        return allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        var at = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var found = i == 0 ? (path.StartsWith(parts[0], StringComparison.Ordinal) ? 0 : -1) : path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length || (parts.Length > 1 && path.EndsWith(parts[^1], StringComparison.Ordinal));
    }
}
