namespace Khabar.Entities.Learning;

/// <summary>A learned entity: id, type, the name it was first learned by, and how many articles name it.</summary>
public sealed record LearnedEntity(string Id, string Type, string Name, long Articles);

/// <summary>
/// A learned form of a name: the id a bare form would have (<c>per:هنیه</c>), the entity it stood for, whether it was
/// written as a short form (<see cref="Short"/>) or is the entity's given name (<see cref="Given"/>), and in how many articles.
/// </summary>
public sealed record LearnedName(string Form, string EntityId, string Kind, long Articles)
{
    /// <summary>A surname or shorter name that stood for the whole.</summary>
    public const string Short = "s";

    /// <summary>A person's given name: evidence that the bare word is not that person's surname.</summary>
    public const string Given = "g";
}
