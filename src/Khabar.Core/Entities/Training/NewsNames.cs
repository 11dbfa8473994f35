using Khabar.Entities.Ner;
using Khabar.Model;

namespace Khabar.Entities.Training;

/// <summary>
/// Names a first model finds in unlabeled news text, kept when it found them often enough and nearly always with one
/// type. A second model trained with them in its name lexicon knows names the labeled data never shows, such as the
/// clubs, parties and companies the news writes about (self-training of the lexicon, not of the tagger).
/// </summary>
public static class NewsNames
{
    /// <summary>Fewest times a name must be found.</summary>
    public const int MinCount = 2;

    /// <summary>Smallest share of its findings the name's most frequent type must have.</summary>
    public const double MinShare = 0.7;

    /// <summary>
    /// The names <paramref name="model"/> finds in <paramref name="texts"/> as the entity stage finds them in an article
    /// (each text's lines are its paragraphs; a surname takes the type of the full name it follows), as keys joined by
    /// single spaces with their most frequent type, in ordinal order. Dates are not names and are left out.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Find(NerModel model, IEnumerable<string> texts,
        int minCount = MinCount, double minShare = MinShare)
    {
        var tally = new TypeTally();
        var stage = new EntityStage(model);
        foreach (var text in texts)
        {
            var article = new Article { Source = "news", Paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
            foreach (var mention in stage.Find(article))
            {
                var keys = NerTokenizer.Tokenize(mention.Text).Select(t => TokenText.Key(t.Text)).ToList();
                if (mention.Type == EntityTypes.Date || keys.Count > NameLexicon.MaxTokens)
                {
                    continue;
                }

                var name = string.Join(' ', keys);
                if (name.Length < 2)
                {
                    continue;
                }

                tally.Add(name, mention.Type);
            }
        }

        var names = tally.Majorities().Where(m => m.Total >= minCount && m.Count >= minShare * m.Total)
            .Select(m => new KeyValuePair<string, string>(m.Name, m.Type)).ToList();
        names.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return names;
    }
}
