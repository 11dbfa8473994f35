using System.Text;
using Khabar.Persian.Normalization;

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

    /// <summary>
    /// The pairs of neighbouring words that may be one compound written apart (<c>کلاه کج</c>), each written as one
    /// word (<c>کلاه‌کج</c>); only words of letters, so operators, fields, marks and groups are left alone.
    /// </summary>
    public static IEnumerable<string> JoinedPairs(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (IsPlainWord(words[i]) && IsPlainWord(words[i + 1]))
            {
                yield return words[i] + HalfSpace + words[i + 1];
            }
        }
    }

    /// <summary>
    /// The text with the half-spaces its glued words lost put back by the normalizer's lexicon
    /// (<c>بینالملل</c> → <c>بین‌الملل</c>), word by word; anything that is not a word of letters is left alone.
    /// </summary>
    public static string RestoreHalfSpaces(string text)
    {
        var words = text.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 3 && !words[i].Contains(HalfSpace) && IsPlainWord(words[i])
                && PersianNormalizer.Default.Normalize(words[i]) is var repaired && repaired.Contains(HalfSpace)
                && repaired.Replace(HalfSpace.ToString(), string.Empty) == words[i])
            {
                words[i] = repaired;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : text;
    }

    /// <summary>
    /// The other ways a compound in a phrase may be written: every half-space as a space (<c>بین‌الملل</c> →
    /// <c>بین الملل</c>), and each pair of neighbouring words as one (<c>کلاه کج</c> → <c>کلاه‌کج</c>), at most
    /// <paramref name="limit"/> of them.
    /// </summary>
    public static IReadOnlyList<string> CompoundSpellings(string phrase, int limit = 8)
    {
        var spellings = new List<string>();
        if (phrase.Contains(HalfSpace))
        {
            spellings.Add(phrase.Replace(HalfSpace, ' '));
        }

        var words = phrase.Split(' ');
        for (var i = 0; i + 1 < words.Length && spellings.Count < limit; i++)
        {
            if (IsPlainWord(words[i]) && IsPlainWord(words[i + 1]))
            {
                spellings.Add(string.Join(' ', words[..i].Append(words[i] + HalfSpace + words[i + 1]).Concat(words[(i + 2)..])));
            }
        }

        return spellings;
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
