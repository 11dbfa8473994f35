namespace Khabar.Persian.Search;

/// <summary>
/// Light Persian stemming for search. Half-spaces come out first, so <c>هیئت‌ها</c> and <c>هیئتها</c> are one
/// token; a suffix written apart (<c>هیئت ها</c>) is joined back by the analyzer first (<see cref="IsDetachedSuffix"/>).
/// Then plural and superlative suffixes come off the same way for every spelling: <c>هیئت</c>.
/// </summary>
public static class LightStemmer
{
    private const char HalfSpace = '\u200C';
    private const int MinimumStem = 3;

    // Longest first. Only suffixes whose removal is safe glued as well as apart: every spelling must meet.
    private static readonly string[] Suffixes = ["هایی", "های", "ها", "ترین", "تر"];

    // Suffixes and enclitics that, standing alone as a token, can only be a suffix written apart.
    private static readonly string[] DetachedSuffixes = ["هایی", "های", "ها", "ترین", "تر", "ای", "ام", "اند", "ایم", "اید"];

    private static readonly string[] DetachedPrefixes = ["می", "نمی"];

    /// <summary>True for a suffix written apart (<c>ها</c> in <c>هیئت ها</c>): it belongs to the token before.</summary>
    public static bool IsDetachedSuffix(ReadOnlySpan<char> token) => IsOneOf(token, DetachedSuffixes);

    /// <summary>True for a verb prefix written apart (<c>می</c> in <c>می شود</c>): it belongs to the token after.</summary>
    public static bool IsDetachedPrefix(ReadOnlySpan<char> token) => IsOneOf(token, DetachedPrefixes);

    /// <summary>Stems a folded token in place and returns its new length; the result holds no half-space.</summary>
    public static int Stem(Span<char> token)
    {
        var length = 0;
        foreach (var c in token)
        {
            if (c != HalfSpace)
            {
                token[length++] = c;
            }
        }

        foreach (var suffix in Suffixes)
        {
            if (length - suffix.Length >= MinimumStem && token[..length].EndsWith(suffix))
            {
                return length - suffix.Length;
            }
        }

        return length;
    }

    private static bool IsOneOf(ReadOnlySpan<char> token, string[] words)
    {
        foreach (var word in words)
        {
            if (token.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
