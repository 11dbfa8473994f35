namespace Khabar.Entities.Ner;

/// <summary>The entity types Khabar tags.</summary>
public static class EntityTypes
{
    public const string Person = "PER";
    public const string Organisation = "ORG";
    public const string Location = "LOC";
    public const string Facility = "FAC";
    public const string Event = "EVENT";
    public const string Product = "PRO";
    public const string Date = "DAT";

    /// <summary>Every type, in the order the model's tag set lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Person, Organisation, Location, Facility, Event, Product, Date];

    /// <summary>The type of an IOB2 tag (<c>B-PER</c> → <c>PER</c>), or null for <c>O</c>.</summary>
    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
}
