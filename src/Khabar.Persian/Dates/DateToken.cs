namespace Khabar.Persian.Dates;

/// <summary>What a <see cref="DateToken"/> holds; None is what reading past either end gives.</summary>
internal enum DateTokenKind
{
    None,
    Number,
    Word,
    Symbol,
}

/// <summary>
/// A run of digits, a run of letters (folded, lower-case) or one symbol, with its place in the source text
/// (<see cref="Start"/> to <see cref="End"/>) and whether whitespace came before it.
/// </summary>
internal readonly record struct DateToken(
    DateTokenKind Kind, int Start, int End, bool SpaceBefore, string? Word, char Symbol, int DigitCount, long Value)
{
    /// <summary>The most digits whose value is kept; longer runs are only ever read as Fars ids, from the text.</summary>
    public const int MaxValueDigits = 18;

    public bool IsNumber(int minDigits, int maxDigits) =>
        Kind == DateTokenKind.Number && DigitCount >= minDigits && DigitCount <= maxDigits;

    public bool IsSymbol(char symbol) => Kind == DateTokenKind.Symbol && Symbol == symbol;

    public bool IsWord(string word) => Kind == DateTokenKind.Word && Word == word;

    /// <summary>The value of a number of up to 9 digits, to use where an int is wanted.</summary>
    public int Small => (int)Value;
}

/// <summary>Bounds-safe reading of a token list.</summary>
internal static class DateTokenList
{
    /// <summary>The token at index, or a None token outside the list.</summary>
    public static DateToken At(this List<DateToken> tokens, int index) =>
        index >= 0 && index < tokens.Count ? tokens[index] : default;
}
