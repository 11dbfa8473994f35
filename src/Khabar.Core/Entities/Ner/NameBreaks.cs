namespace Khabar.Entities.Ner;

/// <summary>
/// Words a person's, organisation's or place's name does not run across. <c>با</c> ("with") joins two things
/// named apart (<c>رئیس دفتر سیاسی با هیئت جهاد اسلامی</c>: the political bureau's head, with the Islamic Jihad
/// delegation) except after a noun that takes it as its object, as in the names of the bodies that fight or
/// prevent something (<c>ستاد مبارزه با مواد مخدر</c>, <c>ستاد ملی مقابله با کرونا</c>, <c>کمیته تغذیه با شیر
/// مادر</c>): those nouns are the ones the annotated corpora write before <c>با</c> inside such names. Titles
/// of works and events (<c>جنگ با ویتنام</c>) may hold any word and are left to the model.
/// </summary>
internal static class NameBreaks
{
    private static readonly HashSet<string> Types = ["PER", "ORG", "LOC"];

    // Keys (folded, half-spaces dropped) of the nouns after which با stays inside a name.
    private static readonly HashSet<string> Governors = new(StringComparer.Ordinal)
    {
        "مبارزه", "مقابله", "پیشگیری", "تغذیه", "ارتباط", "ارتباطات", "سازگاری", "تجارت", "همکاری", "همبستگی",
    };

    // Per tag set, the tags that carry such a name on (I-X, L-X of PER, ORG, LOC).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TagSet, int[]> Carrying = [];

    /// <summary>
    /// Rules out, in <paramref name="emissions"/> (n×T), every tag that would carry a name of a person,
    /// organisation or place on across a <c>با</c> that no governing noun comes before.
    /// </summary>
    public static void Apply(ReadOnlySpan<string> keys, Span<float> emissions, TagSet tags)
    {
        int[]? carrying = null;
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] != "با" || Governors.Contains(keys[i - 1]))
            {
                continue;
            }

            carrying ??= Carrying.GetValue(tags, CarryingTags);
            foreach (var y in carrying)
            {
                emissions[i * tags.Count + y] = float.NegativeInfinity;
            }
        }
    }

    private static int[] CarryingTags(TagSet tags) =>
        Enumerable.Range(1, tags.Count - 1).Where(y => tags.IsInside(y) && Types.Contains(tags.Types[tags.TypeIndex(y)])).ToArray();
}
