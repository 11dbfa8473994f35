namespace Khabar.Entities.Ner;

/// <summary>
/// Names seen annotated in training data, as key sequences with their most frequent type. The tagger marks their
/// matches like gazetteer hits; during training each sentence sees a lexicon built without its own block of the
/// data, so the marks carry as much as they will on unseen text.
/// </summary>
public sealed class NameLexicon
{
    /// <summary>The longest name kept, in tokens.</summary>
    public const int MaxTokens = 6;

    /// <summary>No names.</summary>
    public static NameLexicon Empty { get; } = new([]);

    /// <summary>A lexicon of names (keys joined by single spaces) and types.</summary>
    public NameLexicon(IEnumerable<KeyValuePair<string, string>> entries)
    {
        Entries = entries.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        Gazetteer = new Gazetteer();
        foreach (var (name, type) in Entries)
        {
            Gazetteer.Add(name.Split(' '), type);
        }
    }

    /// <summary>The names and their types, in ordinal order of the name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }

    /// <summary>The names as a gazetteer for marking.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>
    /// The lexicon of the annotated names in the sentences, each with its most frequent type, and then any of the
    /// <paramref name="more"/> names (keys joined by single spaces) the sentences do not annotate.
    /// </summary>
    public static NameLexicon From(IEnumerable<NerSentence> sentences, IEnumerable<KeyValuePair<string, string>>? more = null)
    {
        var tally = new TypeTally();
        foreach (var sentence in sentences)
        {
            foreach (var span in TagSpan.From(sentence.Tags))
            {
                if (span.End - span.Start <= MaxTokens)
                {
                    tally.Add(string.Join(' ', sentence.Tokens.Skip(span.Start).Take(span.End - span.Start).Select(TokenText.Key)), span.Type);
                }
            }
        }

        var names = tally.Majorities().ToDictionary(m => m.Name, m => m.Type, StringComparer.Ordinal);
        foreach (var (name, type) in more ?? [])
        {
            names.TryAdd(name, type);
        }

        return new NameLexicon(names);
    }
}
