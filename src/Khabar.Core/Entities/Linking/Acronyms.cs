using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>
/// An organisation's short name as the article defines it, in brackets right after its full name
/// (<c>وزارت صنعت، معدن و تجارت (صمت)</c>): the full name's phrase and the short name's token.
/// </summary>
public readonly record struct Acronym(int Field, TagSpan Full, int Token, string Key);

/// <summary>
/// Finds the short names an article defines for its organisations, so every mention of the short name links to the
/// full name (and to the archive's learned names from there). A bracketed word counts when the tagger read it as an
/// organisation too, or, untagged, when its letters follow the full name's in order from its first letter (an
/// abbreviation); a word the tagger read as anything else (a province after a university, a weekday), a known
/// place or person (a company's country: <c>شرکت تلگال (ایرلند)</c>) and words of two letters (<c>امام (ره)</c>)
/// never count.
/// </summary>
public static class Acronyms
{
    private const int MinLetters = 3;
    private const int MaxLetters = 12;

    /// <summary>The definitions in the fields, in reading order; a short name defined twice keeps its first.</summary>
    public static IReadOnlyList<Acronym> Find(IReadOnlyList<FieldMentions> fields, SeedIndex seeds)
    {
        var found = new List<Acronym>();
        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            foreach (var span in field.Spans)
            {
                if (span.Type != EntityTypes.Organisation || span.End - span.Start < 2 || span.End + 2 >= field.Tokens.Count
                    || field.Tokens[span.End].Text != "(" || field.Tokens[span.End + 2].Text != ")")
                {
                    continue;
                }

                var token = span.End + 1;
                var key = field.Keys[token];
                var text = field.Tokens[token].Text;
                if (!IsWord(key) || found.Any(a => a.Key == key) || !Qualifies(field, span, token)
                    || seeds.Find(text, EntityTypes.Location) is not null || seeds.Find(text, EntityTypes.Person) is not null)
                {
                    continue;
                }

                found.Add(new Acronym(f, span, token, key));
            }
        }

        return found;
    }

    private static bool Qualifies(FieldMentions field, TagSpan full, int token)
    {
        var tagged = field.Spans.FirstOrDefault(s => s.Start <= token && token < s.End);
        if (tagged.Type is not null)
        {
            return tagged.Type == EntityTypes.Organisation && tagged.Start == token && tagged.End == token + 1;
        }

        return Abbreviates(field.Keys[token], field.Keys.Skip(full.Start).Take(full.End - full.Start).ToList());
    }

    /// <summary>
    /// Whether the short name is made of the full name's letters: its first letter starts one of the words, the rest
    /// follow in order, and they come from two words or more (<c>صمت</c> from <c>وزارت صنعت معدن و تجارت</c>,
    /// <c>ناجا</c> from <c>نیروی انتظامی جمهوری اسلامی</c>).
    /// </summary>
    public static bool Abbreviates(string shortName, IReadOnlyList<string> words)
    {
        for (var first = 0; first < words.Count && shortName.Length >= 2; first++)
        {
            if (words[first].Length > 0 && words[first][0] == shortName[0] && FollowsFrom(shortName, words, first))
            {
                return true;
            }
        }

        return false;
    }

    // The letters after the first, found in order in the words from `first` on, reaching past the first word.
    private static bool FollowsFrom(string shortName, IReadOnlyList<string> words, int first)
    {
        var (word, at) = (first, 1);
        for (var i = 1; i < shortName.Length; i++)
        {
            while (word < words.Count && words[word].IndexOf(shortName[i], at) is var next && next < 0)
            {
                (word, at) = (word + 1, 0);
            }

            if (word == words.Count)
            {
                return false;
            }

            at = words[word].IndexOf(shortName[i], at) + 1;
        }

        return word > first;
    }

    private static bool IsWord(string key) => key.Length is >= MinLetters and <= MaxLetters && key.All(char.IsLetter);
}
