namespace Khabar.Extraction;

/// <summary>A news agency or outlet: a stable Latin id, its Persian name, the ways pages name it, its web hosts.</summary>
public sealed record Agency(string Id, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>Host names of the agency's sites, without <c>www.</c>.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];
}
