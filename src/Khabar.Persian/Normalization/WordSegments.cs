namespace Khabar.Persian.Normalization;

/// <summary>
/// The words of a phrase as news writes them, whether a word was written with a half-space or with a space:
/// <c>کی روش</c> is the one word <c>کی‌روش</c>, as news writes <c>کی‌روش</c> 284 times and <c>کی روش</c> 37, and
/// <c>آذربایجان‌غربی</c> is the two words <c>آذربایجان غربی</c> (apart 93, with a half-space 13). News decides only
/// where it is clear: two tokens written apart are joined where the lexicon shows news writing their letters with a
/// half-space at that place and joined (glued or with a half-space) at least <see cref="Dominance"/> times as often as
/// apart; a token is broken where news writes its letters with a space there at least that many times as often as
/// joined. Elsewhere the writer decides. So <c>علی محمدی</c> (news: apart 8, joined 10) stays two words and the
/// surname <c>علی‌محمدی</c> one, and <c>علی مرادی</c>, which news never wrote with a half-space, stays two words
/// although <c>علیمرادی</c> is a surname too.
/// </summary>
public static class WordSegments
{
    /// <summary>How many times as often news must write two parts joined as apart before a space between them is read as inside a word.</summary>
    public const int Dominance = 2;

    /// <summary>The words of the tokens (tokens may hold half-spaces and spaces), each as written, joined by a half-space where a space was read as inside a word.</summary>
    public static IReadOnlyList<string> Words(IReadOnlyList<string> tokens) => Words(tokens, HalfSpaceLexicon.Default);

    /// <summary>The words of the tokens by the given lexicon.</summary>
    public static IReadOnlyList<string> Words(IReadOnlyList<string> tokens, HalfSpaceLexicon lexicon) => Words(tokens, lexicon, mostWritten: false);

    /// <summary>
    /// The words of the tokens as news most often writes them, whatever spacing these tokens have: two parts news
    /// has written with a half-space are one word where it writes them joined at least as often as apart, and two
    /// words where it writes them apart more often; parts of which it keeps no spacing stay as written. So every
    /// writing of <c>ذوب آهن</c> (news: <c>ذوب‌آهن</c> 186, <c>ذوب آهن</c> 148) is the one word <c>ذوب‌آهن</c>, and
    /// every writing of <c>راه آهن</c> (108 apart, 103 with a half-space) two words. For names, whose one id must not
    /// depend on how an article spaced them.
    /// </summary>
    public static IReadOnlyList<string> MostWritten(IReadOnlyList<string> tokens) => Words(tokens, HalfSpaceLexicon.Default, mostWritten: true);

    // The words by the rule where news is clear (the writer decides elsewhere), or by the one news writes more often.
    private static IReadOnlyList<string> Words(IReadOnlyList<string> tokens, HalfSpaceLexicon lexicon, bool mostWritten)
    {
        var words = new List<string>();
        foreach (var token in tokens.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).SelectMany(t => Broken(t, lexicon, mostWritten)))
        {
            if (words.Count > 0 && Joined(words[^1], token, lexicon, mostWritten))
            {
                words[^1] += ArabicScript.Zwnj + token;
            }
            else
            {
                words.Add(token);
            }
        }

        return words;
    }

    /// <summary>The key the lexicon files letters under: every variant folded, marks and half-spaces dropped.</summary>
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

    /// <summary>How often news writes the two parts joined (glued or with a half-space) as one word.</summary>
    public static int JoinedCount(string left, string right) => JoinedCount(left, right, HalfSpaceLexicon.Default);

    /// <summary><see cref="JoinedCount(string, string)"/> by the given lexicon.</summary>
    public static int JoinedCount(string left, string right, HalfSpaceLexicon lexicon) => Boundary(left, right, lexicon)?.Together ?? 0;

    /// <summary>
    /// How news writes the two parts at the boundary between them: with a half-space, apart, and joined (glued or
    /// with a half-space); null when the lexicon has no spelling of the pair.
    /// </summary>
    internal static (int HalfSpaced, int Apart, int Together)? Boundary(string left, string right, HalfSpaceLexicon lexicon)
    {
        var (l, r) = (Key(left), Key(right));
        return l.Length == 0 || r.Length == 0 || l.Length + r.Length > Spelling.MaxKeyLength || lexicon.Find(l, r) is not { } entry
            ? null
            : entry.At(l.Length);
    }

    // A token broken where news writes its letters apart at least Dominance times as often as joined (more often than
    // joined, for the most written words).
    private static IEnumerable<string> Broken(string token, HalfSpaceLexicon lexicon, bool mostWritten)
    {
        var key = Key(token);
        if (key.Length is < 2 or > Spelling.MaxKeyLength || lexicon.Find(key) is not { Spellings.Length: > 0 } entry)
        {
            return [token];
        }

        // Where each key letter is in the token (a token may hold marks and half-spaces the key leaves out).
        var at = new int[key.Length];
        for (int i = 0, k = 0; i < token.Length && k < key.Length; i++)
        {
            if (token[i] != ArabicScript.Zwnj && ArabicScript.KeyFold(token[i]) != '\0')
            {
                at[k++] = i;
            }
        }

        var pieces = new List<string>();
        var start = 0;
        for (var b = 1; b < key.Length; b++)
        {
            var (_, apart, together) = entry.At(b);
            if (mostWritten ? apart > together : apart > 0 && apart >= Dominance * together)
            {
                pieces.Add(token[start..at[b]].TrimEnd(ArabicScript.Zwnj));
                start = at[b];
            }
        }

        pieces.Add(token[start..]);
        return pieces;
    }

    // Whether two tokens written apart are one word news writes with a half-space between them, joined at least
    // Dominance times as often as apart; for the most written words, at least as often as apart, where the lexicon
    // keeps both counts (news wrote the pair with a half-space, or apart).
    private static bool Joined(string left, string right, HalfSpaceLexicon lexicon, bool mostWritten) =>
        Boundary(left, right, lexicon) is var (halfSpaced, apart, together)
        && (mostWritten ? (halfSpaced > 0 || apart > 0) && together >= apart : halfSpaced > 0 && together >= Dominance * apart);
}
