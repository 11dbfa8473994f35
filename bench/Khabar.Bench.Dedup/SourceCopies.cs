using Khabar.Model;
using Khabar.Persian.Search;

namespace Khabar.Bench.Dedup;

/// <summary>
/// Finds the copies already inside a data set (ISNA ran some press releases and updates twice) with a criterion
/// independent of the one under test: whole sentences, not character shingles. An article half of whose sentences
/// (or half of the other's) appear verbatim, folded, in an earlier article is a copy; the quality set leaves it out,
/// so the gold "distinct" articles really are distinct.
/// </summary>
internal static class SourceCopies
{
    private const int MinSentenceChars = 25;

    /// <summary>The indexes of the articles that copy an earlier one.</summary>
    public static HashSet<int> Find(IReadOnlyList<Article> articles)
    {
        var bySentence = new Dictionary<string, List<int>>();
        var sizes = new int[articles.Count];
        var copies = new HashSet<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            var sentences = Sentences(articles[i]).ToHashSet();
            sizes[i] = sentences.Count;
            var shared = new Dictionary<int, int>();
            foreach (var sentence in sentences)
            {
                foreach (var other in bySentence.GetValueOrDefault(sentence) ?? [])
                {
                    shared[other] = shared.GetValueOrDefault(other) + 1;
                }
            }

            if (shared.Any(s => s.Value * 2 >= Math.Min(sizes[i], sizes[s.Key]) && s.Value > 0))
            {
                copies.Add(i);
                continue;
            }

            foreach (var sentence in sentences)
            {
                (bySentence.TryGetValue(sentence, out var list) ? list : bySentence[sentence] = []).Add(i);
            }
        }

        return copies;
    }

    private static IEnumerable<string> Sentences(Article article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var sentence in paragraph.Split(['.', '!', '?', '؟', '\n']))
            {
                var folded = new string(sentence.Select(SearchFolding.FoldChar).Where(char.IsLetterOrDigit).ToArray());
                if (folded.Length >= MinSentenceChars)
                {
                    yield return folded;
                }
            }
        }
    }
}
