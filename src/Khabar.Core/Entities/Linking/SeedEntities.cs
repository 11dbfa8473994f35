using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>The built-in seed list (countries, places, organisations, agencies) and its merge with a gazetteer.</summary>
public static class SeedEntities
{
    /// <summary>
    /// The seeds whose names the tagger's gazetteer features are trained with (<see cref="SeedPlaces"/> and
    /// <see cref="SeedOrganisations"/>). Kept as the shipped model was trained, so that <c>khabar train ner</c>
    /// makes that model again: a wider list is a new model, to be measured as one.
    /// </summary>
    public static IReadOnlyList<SeedEntity> Tagger { get; } =
        SeedPlaces.Lines.Concat(SeedOrganisations.Lines).Select(SeedEntity.Parse).ToList();

    /// <summary>
    /// The built-in seeds for linking: the tagger's list, every other state (<see cref="SeedCountries"/>) and later
    /// additions (<see cref="SeedAdditions"/>), an addition with a known id adding its aliases to that seed.
    /// </summary>
    public static IReadOnlyList<SeedEntity> BuiltIn { get; } = Merge(Tagger, SeedCountries.Lines.Concat(SeedAdditions.Lines).Select(SeedEntity.Parse));

    private static readonly Lazy<IReadOnlyList<SeedEntity>> Shipped = new(() => ForLinking(NerModelStore.Default.Seeds));

    /// <summary>
    /// The seeds the shipped model links with (<see cref="ForLinking"/>): its own list, Iran's provinces and cities
    /// among them, then the built-in seeds. Loads the model on first use.
    /// </summary>
    public static IReadOnlyList<SeedEntity> WithShippedModel => Shipped.Value;

    private static readonly Lazy<Dictionary<string, string>> EnglishNames = new(() => WithShippedModel.Where(s => s.English.Length > 0)
        .GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().English, StringComparer.Ordinal));

    /// <summary>The English name of the seed with this id (<c>org:barcelona</c>: FC Barcelona; <c>ir-city:karaj</c>: Karaj), or null.</summary>
    public static string? EnglishOf(string id) => EnglishNames.Value.GetValueOrDefault(id);

    /// <summary>The tagger's seeds followed by the given ones (the tagger's names win when both name a thing), for training.</summary>
    public static IReadOnlyList<SeedEntity> ForTraining(IEnumerable<SeedEntity> more) => [.. Tagger, .. more];

    /// <summary>
    /// What the linker looks names up in beside a model: the model's own seeds first, so every name the model's list
    /// knows links as it did, then the built-in seeds, so names added to the list after the model was trained (new
    /// countries, new spellings of known ones) link too, without changing the model's gazetteer features.
    /// </summary>
    public static IReadOnlyList<SeedEntity> ForLinking(IReadOnlyList<SeedEntity> modelSeeds) => [.. modelSeeds, .. BuiltIn];

    private static List<SeedEntity> Merge(IEnumerable<SeedEntity> first, IEnumerable<SeedEntity> more)
    {
        var seeds = first.ToList();
        var at = seeds.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var seed in more)
        {
            if (at.TryGetValue(seed.Id, out var i))
            {
                seeds[i] = seeds[i] with { Aliases = [.. seeds[i].Aliases, .. seed.Aliases.Where(a => !seeds[i].Names.Contains(a))] };
            }
            else
            {
                at[seed.Id] = seeds.Count;
                seeds.Add(seed);
            }
        }

        return seeds;
    }
}
