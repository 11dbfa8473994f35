namespace Khabar.Entities.Ner;

/// <summary>Where a model's file says which <see cref="TagScheme"/> it tags in: its info, so that older files read as IOB2.</summary>
internal static class TagSchemes
{
    /// <summary>The info key.</summary>
    public const string Key = "tags";

    /// <summary>The info value of a BILOU model.</summary>
    public const string Bilou = "bilou";

    /// <summary>The scheme that a model's info names (IOB2 unless it says BILOU).</summary>
    public static TagScheme Of(IReadOnlyDictionary<string, string> info) =>
        info.GetValueOrDefault(Key) == Bilou ? TagScheme.Bilou : TagScheme.Iob2;
}
