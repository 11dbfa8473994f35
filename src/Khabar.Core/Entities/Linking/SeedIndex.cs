using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>Looks seed entities up by any of their names, compared by token keys.</summary>
public sealed class SeedIndex
{
    private readonly Dictionary<string, SeedEntity> byName = new(StringComparer.Ordinal);

    /// <summary>An index of the seeds; the first seed to claim a name keeps it.</summary>
    public SeedIndex(IEnumerable<SeedEntity> seeds)
    {
        foreach (var seed in seeds)
        {
            foreach (var name in seed.Names)
            {
                byName.TryAdd(NameKey(name), seed);
            }
        }
    }

    /// <summary>The seed a name refers to, if its type agrees (places and facilities may stand for each other).</summary>
    public SeedEntity? Find(string name, string type) =>
        byName.TryGetValue(NameKey(name), out var seed) && Compatible(seed.Type, type) ? seed : null;

    /// <summary>Whether some seed, of any type, has this name.</summary>
    public bool Knows(string name) => byName.ContainsKey(NameKey(name));

    /// <summary>The comparable form of a name: token keys without spaces, so spacing and half-spaces do not matter.</summary>
    public static string NameKey(string name) => string.Concat(NerTokenizer.Tokenize(name).Select(t => TokenText.Key(t.Text)));

    private static bool Compatible(string seedType, string type) =>
        seedType == type || (seedType is "LOC" or "FAC" && type is "LOC" or "FAC") || (seedType == "LOC" && type == "ORG");
}
