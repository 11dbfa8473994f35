namespace Khabar.Entities.Linking;

/// <summary>A well-known entity: a stable id, its type, Persian name, English name and other Persian spellings.</summary>
public sealed record SeedEntity(string Id, string Type, string Name, string English, IReadOnlyList<string> Aliases)
{
    /// <summary>An organisation proper (<c>org:</c>), not a news agency (<c>agency:</c>).</summary>
    public bool IsOrganisationProper => Id.StartsWith("org:", StringComparison.Ordinal);

    /// <summary>A news agency, paper or site (<c>agency:</c>).</summary>
    public bool IsAgency => Id.StartsWith("agency:", StringComparison.Ordinal);

    /// <summary>The Persian name and every alias.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>Parses <c>id|type|name|english|alias;alias</c>.</summary>
    public static SeedEntity Parse(string line)
    {
        var f = line.Split('|');
        var aliases = f.Length > 4 ? f[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        return new SeedEntity(f[0].Trim(), f[1].Trim(), f[2].Trim(), f.Length > 3 ? f[3].Trim() : "", aliases);
    }

    /// <summary>The <c>id|type|name|english|aliases</c> line.</summary>
    public override string ToString() => $"{Id}|{Type}|{Name}|{English}|{string.Join(';', Aliases)}";
}
