namespace Khabar.Entities.Learning;

/// <summary>
/// When a bare form stands for one learned entity. A person's bare surname links when at least
/// <see cref="MinPersonArticles"/> articles wrote the full name with it and the leading full name has at least
/// <see cref="Margin"/> times the articles of every competitor together (the runner-up full name with that surname,
/// and full names that start with the word as a given name). An organisation's shorter name needs
/// <see cref="MinOrganisationArticles"/> articles that wrote it inside the full name, with the same margin.
/// </summary>
public static class LinkingRules
{
    /// <summary>
    /// Articles that wrote the full name needed before its bare surname links to it. With one, most of the links
    /// that a second article would have confirmed were wrong (common words, other people of the surname).
    /// </summary>
    public const long MinPersonArticles = 2;

    /// <summary>Articles that wrote an organisation's shorter name inside the full name, needed before it links alone.</summary>
    public const long MinOrganisationArticles = 2;

    /// <summary>How many times the competitors' articles the leading entity needs; two people with one surname and
    /// similar counts stay apart.</summary>
    public const long Margin = 3;

    /// <summary>Whether <paramref name="top"/> articles beat <paramref name="competitors"/> for a form of this type.</summary>
    public static bool Clear(string type, long top, long competitors) =>
        top >= (type == Ner.EntityTypes.Person ? MinPersonArticles : MinOrganisationArticles) && top >= Margin * competitors;
}
