namespace Khabar.Entities.Ner;

/// <summary>How often each name was found with each type, and each name's most frequent type.</summary>
internal sealed class TypeTally
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = new(StringComparer.Ordinal);

    /// <summary>Counts one finding of the name with the type.</summary>
    public void Add(string name, string type)
    {
        var byType = counts.TryGetValue(name, out var c) ? c : counts[name] = new Dictionary<string, int>(StringComparer.Ordinal);
        byType[type] = byType.GetValueOrDefault(type) + 1;
    }

    /// <summary>Each name with its most frequent type (ties to the ordinally first), that type's count, and the name's total.</summary>
    public IEnumerable<(string Name, string Type, int Count, int Total)> Majorities()
    {
        foreach (var (name, byType) in counts)
        {
            var (type, count) = byType.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First();
            yield return (name, type, count, byType.Values.Sum());
        }
    }
}
