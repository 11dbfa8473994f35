namespace Khabar.Entities.Ner;

/// <summary>One sentence of tokens with one IOB2 tag per token (all <c>O</c> when unlabeled).</summary>
public sealed record NerSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    /// <summary>An unlabeled sentence.</summary>
    public static NerSentence Unlabeled(IReadOnlyList<string> tokens) => new(tokens, tokens.Select(_ => "O").ToArray());
}
