namespace Khabar.Entities.Linking;

/// <summary>The built-in seed list (countries, places, organisations, agencies) and its merge with a gazetteer.</summary>
public static class SeedEntities
{
    /// <summary>The built-in seeds.</summary>
    public static IReadOnlyList<SeedEntity> BuiltIn { get; } =
        SeedPlaces.Lines.Concat(SeedOrganisations.Lines).Select(SeedEntity.Parse).ToList();

    /// <summary>The built-in seeds followed by the given ones (built-in names win when both name a thing).</summary>
    public static IReadOnlyList<SeedEntity> With(IEnumerable<SeedEntity> more) => [.. BuiltIn, .. more];
}
