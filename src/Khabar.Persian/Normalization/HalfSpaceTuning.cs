namespace Khabar.Persian.Normalization;

/// <summary>The weights of the half-space repair's decisions (measured on the UD dev sets by Khabar.Bench).</summary>
internal sealed record HalfSpaceTuning
{
    /// <summary>The weights in use.</summary>
    public static HalfSpaceTuning Default { get; } = new();

    /// <summary>The count added to what is written.</summary>
    public double KeepBonus { get; init; } = 1;

    /// <summary>In text with half-spaces, the weight of a spelling that turns a written space into a half-space.</summary>
    public double KeptSpaceFix { get; init; } = 0.02;

    /// <summary>In text with half-spaces, the weight of a spelling that splits a glued word.</summary>
    public double KeptGlueFix { get; init; }

    /// <summary>The prior that a text without half-spaces lost them.</summary>
    public double PriorDamaged { get; init; } = 0.5;

    /// <summary>Under "all half-spaces became spaces" (or "all were deleted"), the share lost the other way.</summary>
    public double OtherWay { get; init; } = 0.05;

    /// <summary>Among damaged texts, the prior that both ways of losing half-spaces are mixed in one text.</summary>
    public double PriorMixed { get; init; } = 0.05;

    /// <summary>The count added to both sides of an evidence ratio.</summary>
    public double EvidenceSmoothing { get; init; } = 2;

    /// <summary>The most one word can count as evidence (a log ratio).</summary>
    public double MaxEvidence { get; init; } = 3;

    /// <summary>How many words the affix statistics count as, against the counts of what is written.</summary>
    public double AffixWeight { get; init; } = 10;

    /// <summary>A word seen at most this often glued, and never otherwise, is treated as unknown.</summary>
    public double RareWord { get; init; } = 2;
}
