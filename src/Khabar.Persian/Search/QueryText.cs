using System.Text;

namespace Khabar.Persian.Search;

/// <summary>
/// Prepares query text before a query parser splits it at spaces: affixes written apart are joined back to their
/// word with a half-space (<c>می برد</c> → <c>می‌برد</c>), as the analyzer joins them in indexed text.
/// </summary>
public static class QueryText
{
    private const char HalfSpace = '\u200C';

    /// <summary>The query with detached affixes joined to their words; operators and fields are left alone.</summary>
    public static string JoinDetachedAffixes(string query)
    {
        var words = query.Split(' ');
        var result = new StringBuilder(query.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var joinNext = i + 1 < words.Length && IsPlainWord(word) && IsPlainWord(words[i + 1])
                && (LightStemmer.IsDetachedPrefix(Folded(word)) || LightStemmer.IsDetachedSuffix(Folded(words[i + 1])));
            result.Append(word).Append(joinNext ? HalfSpace : ' ');
        }

        return result.ToString(0, Math.Max(0, result.Length - 1));
    }

    // A word of letters only, in the Arabic script: not an operator, field, phrase mark or group.
    private static bool IsPlainWord(string word) =>
        word.Length > 0 && word.All(c => c == HalfSpace || (char.IsLetter(c) && c >= '\u0600'));

    private static string Folded(string word)
    {
        var chars = word.ToCharArray();
        return new string(chars, 0, SearchFolding.Fold(chars));
    }
}
