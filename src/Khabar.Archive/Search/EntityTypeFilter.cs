namespace Khabar.Archive.Search;

/// <summary>The <c>type</c> filter of entity lists: types (PER, ORG, LOC, FAC, EVENT, PRO, DAT) or person, org, place.</summary>
public static class EntityTypeFilter
{
    /// <summary>The types an entity list may be filtered by, in the order pages list them.</summary>
    public static IReadOnlyList<string> Known { get; } = ["PER", "ORG", "LOC", "FAC", "EVENT", "PRO", "DAT"];

    /// <summary>The types a comma-separated filter stands for (none: every type), or a message naming the unknown one.</summary>
    public static (IReadOnlyList<string>? Types, string? Error) Parse(string? text)
    {
        var types = new List<string>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] meant = part.ToLowerInvariant() switch
            {
                "person" => ["PER"],
                "org" => ["ORG"],
                "place" => ["LOC", "FAC"],
                _ => Known.Contains(part.ToUpperInvariant()) ? [part.ToUpperInvariant()] : [],
            };
            if (meant.Length == 0)
            {
                return (null, $"unknown entity type '{part}'; use {string.Join(", ", Known)}, person, org or place");
            }

            types.AddRange(meant.Except(types));
        }

        return (types, null);
    }
}
