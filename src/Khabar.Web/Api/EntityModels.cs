using Khabar.Archive.Search;
using Khabar.Entities.Linking;

namespace Khabar.Web.Api;

/// <summary>A page of known entities, most named first, with how many match.</summary>
public sealed record EntitiesResult(long Total, int Offset, int Limit, string? Query, IReadOnlyList<string> Types, IReadOnlyList<EntitySummary> Entities);

/// <summary>
/// An entity in a list: canonical id, type, name, how many articles name it, and its commonest other names; a seed
/// entity also has its English name.
/// </summary>
public sealed record EntitySummary(string Id, string Type, string Name, long Articles, IReadOnlyList<string> Aliases)
{
    /// <summary>How many other names a summary lists at most.</summary>
    public const int AliasesShown = 5;

    /// <summary>The English name of a seed entity (<c>FC Barcelona</c>), else null.</summary>
    public string? English { get; init; }

    /// <summary>The summary of a known entity.</summary>
    public static EntitySummary Of(KnownEntity e) => new(e.Id, e.Type, e.Name, e.Articles, e.Aliases.Take(AliasesShown).Select(a => a.Value).ToList())
    {
        English = SeedEntities.EnglishOf(e.Id),
    };
}

/// <summary>
/// One entity's page: canonical id, type and name; how many articles name it; every other name and every role written
/// beside it (with how many articles write each); articles naming it per Jalali period; the entities named with it
/// (<c>together</c>: articles naming both); its newest articles.
/// </summary>
public sealed record EntityResult(string Id, string Type, string Name, long Articles, IReadOnlyList<FacetCount> Aliases,
    IReadOnlyList<FacetCount> Roles, string Unit, IReadOnlyList<AttentionPeriod> Mentions, IReadOnlyList<RelatedEntity> Related,
    IReadOnlyList<ReportSummary> Latest)
{
    /// <summary>The English name of a seed entity (<c>Ruhollah Khomeini</c>), else null.</summary>
    public string? English { get; init; }
}

/// <summary>An entity named in the same articles: <see cref="Together"/> articles name both, <see cref="Articles"/> name it at all.</summary>
public sealed record RelatedEntity(string Id, string Type, string Name, long Together, long Articles)
{
    /// <summary>The API's form of a co-occurring entity.</summary>
    public static RelatedEntity Of(EntityCount c) => new(c.Entity.Id, c.Entity.Type, c.Entity.Name, c.Articles, c.Entity.Articles);
}
