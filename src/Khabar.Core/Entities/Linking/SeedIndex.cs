using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>Looks seed entities up by any of their names, compared by token keys.</summary>
public sealed class SeedIndex
{
    private readonly Dictionary<string, List<SeedEntity>> byName = new(StringComparer.Ordinal);

    /// <summary>An index of the seeds; of the seeds of one type that claim a name, the first keeps it.</summary>
    public SeedIndex(IEnumerable<SeedEntity> seeds)
    {
        foreach (var seed in seeds)
        {
            foreach (var name in seed.Names)
            {
                var key = NameKey(name);
                var claims = byName.TryGetValue(key, out var list) ? list : byName[key] = [];
                if (!claims.Any(c => c.Type == seed.Type))
                {
                    claims.Add(seed);
                }
            }
        }
    }

    /// <summary>
    /// The seed a name refers to: the one of the name's type, else the first whose type agrees (places and facilities
    /// may stand for each other, a place for an organisation: <c>فارس</c> as an organisation is the agency, as a place
    /// the province).
    /// </summary>
    public SeedEntity? Find(string name, string type) => Claimed(NameKey(name), type);

    /// <summary>As <see cref="Find"/>, for a name already keyed, word by word (<see cref="NameKeys.Of(IReadOnlyList{string}, string)"/>).</summary>
    public SeedEntity? FindKeys(IReadOnlyList<string> keys, string type) => keys.Count == 0 ? null : Claimed(string.Concat(keys), type);

    private SeedEntity? Claimed(string key, string type) =>
        byName.TryGetValue(key, out var claims)
            ? claims.FirstOrDefault(c => c.Type == type) ?? claims.FirstOrDefault(c => Compatible(c.Type, type))
            : null;

    /// <summary>The seed of exactly this type that has this name, if any.</summary>
    public SeedEntity? OfType(string name, string seedType) =>
        byName.TryGetValue(NameKey(name), out var claims) ? claims.FirstOrDefault(c => c.Type == seedType) : null;

    /// <summary>Whether some seed, of any type, has this name.</summary>
    public bool Knows(string name) => byName.ContainsKey(NameKey(name));

    /// <summary>
    /// The comparable form of a name: its words keyed as in an entity id (<see cref="TokenText.NameKey"/>), without
    /// spaces, so spacing and half-spaces do not matter and numbers do.
    /// </summary>
    public static string NameKey(string name) => string.Concat(NerTokenizer.Tokenize(name).Select(t => TokenText.NameKey(t.Text)));

    private static bool Compatible(string seedType, string type) =>
        seedType == type || (seedType is "LOC" or "FAC" && type is "LOC" or "FAC") || (seedType == "LOC" && type == "ORG");
}
