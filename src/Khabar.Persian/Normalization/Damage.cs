namespace Khabar.Persian.Normalization;

/// <summary>
/// How the text's half-spaces were probably lost: <see cref="Clean"/> is the probability that they were not (the
/// writer chose every space and glued word); otherwise each half-space became a space with probability
/// <see cref="SpacedShare"/> and was deleted with the rest. Scrapers do one or the other; some pages mix both.
/// </summary>
internal readonly record struct Damage(double Clean, double SpacedShare)
{
    /// <summary>Text that has half-spaces kept them: only plain typing slips are fixed.</summary>
    public static Damage None { get; } = new(1, 0.5);

    /// <summary>True for text that has half-spaces of its own.</summary>
    public bool IsKept => Clean >= 1;

    /// <summary>The probability that a half-space was lost as a space (spaced) or by deletion (not spaced).</summary>
    public double Lost(bool spaced) => (1 - Clean) * (spaced ? SpacedShare : 1 - SpacedShare);

    /// <summary>
    /// The probability that the written boundaries came from a spelling: 1 when it is the written one, else the
    /// chance that damage turned its extra half-spaces into the written spaces and glued letters.
    /// </summary>
    public double Explains(Spelling spelling, ulong half, ulong space) => Explains(spelling, half, space, null);

    /// <summary>
    /// <see cref="Explains(Spelling, ulong, ulong)"/> with the powers of the two shares kept in
    /// <paramref name="powers"/> (NaN where not yet worked out; <see cref="PowerSlots"/> long) for the next call
    /// under the same damage.
    /// </summary>
    public double Explains(Spelling spelling, ulong half, ulong space, double[]? powers)
    {
        if (spelling.HalfSpaces == half && spelling.Spaces == space)
        {
            return 1;
        }

        var cuts = spelling.HalfSpaces | spelling.Spaces;
        if ((half & ~spelling.HalfSpaces) != 0 || (spelling.Spaces & ~space) != 0 || (space & ~cuts) != 0)
        {
            return 0;
        }

        var lost = spelling.HalfSpaces & ~half;
        var spaced = System.Numerics.BitOperations.PopCount(lost & space);
        var deleted = System.Numerics.BitOperations.PopCount(lost & ~space);
        return (1 - Clean) * Power(powers, 0, SpacedShare, spaced) * Power(powers, Spelling.MaxKeyLength + 1, 1 - SpacedShare, deleted);
    }

    /// <summary>The length of a table of powers for <see cref="Explains(Spelling, ulong, ulong, double[])"/>.</summary>
    public const int PowerSlots = 2 * (Spelling.MaxKeyLength + 1);

    private static double Power(double[]? powers, int offset, double x, int n)
    {
        if (powers is null)
        {
            return Math.Pow(x, n);
        }

        ref var power = ref powers[offset + n];
        if (double.IsNaN(power))
        {
            power = Math.Pow(x, n);
        }

        return power;
    }
}
