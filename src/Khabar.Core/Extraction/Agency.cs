namespace Khabar.Extraction;

/// <summary>A news agency or outlet: a stable Latin id, its Persian name, and the ways pages name it.</summary>
public sealed record Agency(string Id, string Name, IReadOnlyList<string> Aliases);
