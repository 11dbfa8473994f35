namespace Khabar.Entities;

/// <summary>
/// One mention of a named entity in an article: the text as written, its type, where it is
/// (<see cref="Field"/> is <c>title</c>, <c>kicker</c>, <c>lead</c> or <c>paragraphs[i]</c>; [Start, End) are
/// character offsets into that field), the entity it was linked to, and the role or title written beside it.
/// </summary>
public sealed record EntityMention(
    string Text,
    string Type,
    string Field,
    int Start,
    int End,
    string CanonicalId,
    string CanonicalName,
    string? Role = null)
{
    /// <summary>The entity's English name when it is a known (seed) entity.</summary>
    public string? English { get; init; }
}
