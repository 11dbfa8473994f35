namespace Khabar.Entities.Linking;

/// <summary>The built-in seed list (countries, places, organisations, agencies) and its merge with a gazetteer.</summary>
public static class SeedEntities
{
    /// <summary>The built-in seeds.</summary>
    public static IReadOnlyList<SeedEntity> BuiltIn { get; } =
        SeedPlaces.Lines.Concat(SeedOrganisations.Lines).Concat(SeedCountries.Lines).Select(SeedEntity.Parse).ToList();

    /// <summary>The built-in seeds followed by the given ones (built-in names win when both name a thing).</summary>
    public static IReadOnlyList<SeedEntity> With(IEnumerable<SeedEntity> more) => [.. BuiltIn, .. more];

    /// <summary>
    /// What the linker looks names up in beside a model: the model's own seeds first, so every name the model's list
    /// knows links as it did, then the built-in seeds, so names added to the list after the model was trained (new
    /// countries, new spellings of known ones) link too, without changing the model's gazetteer features.
    /// </summary>
    public static IReadOnlyList<SeedEntity> ForLinking(IReadOnlyList<SeedEntity> modelSeeds) => [.. modelSeeds, .. BuiltIn];
}
