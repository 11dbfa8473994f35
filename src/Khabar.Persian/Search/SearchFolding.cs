namespace Khabar.Persian.Search;

/// <summary>
/// The per-token folding behind search: the same function runs on indexed text and on queries, so both sides
/// always agree. Letters and digits are folded, marks dropped, half-spaces kept until <see cref="LightStemmer"/>.
/// </summary>
public static class SearchFolding
{
    private const char HalfSpace = '\u200C';

    /// <summary>Folds the token in place and returns its new length.</summary>
    public static int Fold(Span<char> token)
    {
        var length = 0;
        foreach (var c in token)
        {
            var folded = FoldChar(c);
            if (folded == '\0' || (folded == HalfSpace && (length == 0 || token[length - 1] == HalfSpace)))
            {
                continue;
            }

            token[length++] = folded;
        }

        while (length > 0 && token[length - 1] == HalfSpace)
        {
            length--;
        }

        return length;
    }

    // Every character's fold, worked out once from the rules below: a lookup instead of a culture-table call for
    // each Persian letter (char.ToLowerInvariant goes to ICU outside ASCII).
    private static readonly char[] Folds = Enumerable.Range(0, char.MaxValue + 1).Select(i => Rule((char)i)).ToArray();

    /// <summary>One character folded for search; <c>\0</c> for a character that is dropped.</summary>
    public static char FoldChar(char c) => Folds[c];

    private static char Rule(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' => '\0',
        '\u200B' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD' => '\0',
        '\u064A' or '\u0649' => 'ی',
        '\u0643' => 'ک',
        '\u0629' or '\u06C0' or '\u06D5' => 'ه',
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => 'ا',
        '\u0624' => 'و',
        '\u0621' => '\0',
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c < 128 ? c : char.ToLowerInvariant(c),
    };
}
