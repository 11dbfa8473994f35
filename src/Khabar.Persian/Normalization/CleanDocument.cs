namespace Khabar.Persian.Normalization;

/// <summary>
/// Whether a document's half-spaces look correct enough to learn from: it uses half-spaces, and words that only
/// exist attached to another word (می, ها, های, ترین, …) rarely stand alone in it.
/// </summary>
internal static class CleanDocument
{
    private static readonly HashSet<string> BoundParts = new(StringComparer.Ordinal)
    {
        "می", "نمی", "ها", "های", "هایی", "هایش", "هایشان", "ترین", "اند", "ام", "ایم", "اید",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        BoundParts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the text has half-spaces and at most one stray bound part per ten of them.</summary>
    public static bool IsClean(string text)
    {
        var halfSpaces = text.AsSpan().Count(ArabicScript.Zwnj);
        var stray = 0;
        foreach (var (start, end) in WordTokens.Find(text))
        {
            if (Lookup.Contains(text.AsSpan(start, end - start)))
            {
                stray++;
            }
        }

        return halfSpaces > 0 && stray * 10 <= halfSpaces;
    }
}
