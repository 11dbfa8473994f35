namespace Khabar.Persian.Normalization;

/// <summary>
/// The words of a phrase as news most often writes its letters, whatever spacing it was written with:
/// <c>کی روش</c>, <c>کی‌روش</c> and <c>کیروش</c> are one word, as news writes <c>کی‌روش</c> 284 times and
/// <c>کی روش</c> 37; <c>دهلینو</c> and <c>دهلی‌نو</c> are two, as news writes <c>دهلی نو</c>. Every space and
/// half-space between letters is a place the phrase may break; a glued word the lexicon knows may also break where
/// news mostly writes a space. At each place the lexicon's counts for the two parts on either side decide: one
/// word when news writes them joined (glued or with a half-space) at least as often as apart, two words when it
/// writes them apart more often or does not know them. So the spellings of a name that differ only in spaces and
/// half-spaces come out as the same words.
/// </summary>
public static class WordSegments
{
    /// <summary>The words of the tokens (each may hold half-spaces and spaces), each the text of its letters as written.</summary>
    public static IReadOnlyList<string> Words(IReadOnlyList<string> tokens) => Words(tokens, HalfSpaceLexicon.Default);

    /// <summary>The words of the tokens by the given lexicon.</summary>
    public static IReadOnlyList<string> Words(IReadOnlyList<string> tokens, HalfSpaceLexicon lexicon)
    {
        var parts = new List<string>();
        foreach (var token in tokens.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            foreach (var part in token.Split(ArabicScript.Zwnj, StringSplitOptions.RemoveEmptyEntries))
            {
                parts.AddRange(token.Contains(ArabicScript.Zwnj) ? [part] : Breaks(part, lexicon));
            }
        }

        var words = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0 && Joined(parts[i - 1], parts[i], lexicon))
            {
                words[^1] += ArabicScript.Zwnj + parts[i];
            }
            else
            {
                words.Add(parts[i]);
            }
        }

        return words;
    }

    /// <summary>The key the lexicon files letters under: every variant folded, marks dropped.</summary>
    public static string Key(string text)
    {
        var key = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var k = c == ArabicScript.Zwnj ? '\0' : ArabicScript.KeyFold(c);
            if (k != '\0')
            {
                key.Append(k);
            }
        }

        return key.ToString();
    }

    // A glued word broken where news writes a space more often than it writes the letters joined.
    private static IEnumerable<string> Breaks(string word, HalfSpaceLexicon lexicon)
    {
        var key = Key(word);
        if (key.Length != word.Length || key.Length is < 2 or > Spelling.MaxKeyLength || lexicon.Find(key) is not { Spellings.Length: > 0 } entry)
        {
            return [word];
        }

        var pieces = new List<string>();
        var start = 0;
        for (var b = 1; b < key.Length; b++)
        {
            if (Apart(entry, b) > Together(entry, b))
            {
                pieces.Add(word[start..b]);
                start = b;
            }
        }

        pieces.Add(word[start..]);
        return pieces;
    }

    // Whether two parts either side of a written space or half-space make one word.
    private static bool Joined(string left, string right, HalfSpaceLexicon lexicon)
    {
        var (l, r) = (Key(left), Key(right));
        if (l.Length == 0 || r.Length == 0 || l.Length + r.Length > Spelling.MaxKeyLength || lexicon.Find(l + r) is not { } entry)
        {
            return false;
        }

        return Together(entry, l.Length) >= Apart(entry, l.Length);
    }

    // How often news wrote the key with a space before key character b.
    private static long Apart(LexiconEntry entry, int b)
    {
        long apart = 0;
        foreach (var s in entry.Spellings)
        {
            apart += (s.Spaces >> b & 1) != 0 ? s.Count : 0;
        }

        return apart;
    }

    // How often news wrote the key with no space before key character b (glued there or with a half-space).
    private static long Together(LexiconEntry entry, int b)
    {
        long together = entry.Glued;
        foreach (var s in entry.Spellings)
        {
            together += (s.Spaces >> b & 1) == 0 ? s.Count : 0;
        }

        return together;
    }
}
