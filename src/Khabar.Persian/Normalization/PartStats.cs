namespace Khabar.Persian.Normalization;

/// <summary>
/// How productively one part of compounds is used in the corpus: the number of distinct partners it is written
/// beside with a half-space (<c>فهرست‌نویسی</c>, <c>بی‌تفاوت</c>), and of those it is only ever written beside
/// with a space or only glued to, counted over every word the corpus has, not only rare ones. A partner also seen
/// with a half-space counts there (the pair is a compound, whatever its other spellings). A part that takes a
/// half-space after many different first parts (or before many different second parts) decides a pair the
/// corpus did not write, or wrote too rarely to decide alone.
/// </summary>
internal sealed record PartStats(int Half, int Spaced, int Glued)
{
    /// <summary>
    /// The join share from which a part counts as productive: its pairs may be joined, so the lexicon keeps how
    /// news wrote each of its pairs apart, to weigh against the part.
    /// </summary>
    public const double ProductiveShare = 0.5;

    /// <summary>The share of partners written with a half-space rather than a space, smoothed by one each way.</summary>
    public double JoinShare => (Half + 1.0) / (Half + Spaced + 2.0);

    /// <summary>The counts as tab-separated fields.</summary>
    public string Format() => $"{Half}\t{Spaced}\t{Glued}";

    /// <summary>Counts from tab-separated fields.</summary>
    public static PartStats Parse(ReadOnlySpan<string> fields) =>
        new(int.Parse(fields[0]), fields.Length > 1 ? int.Parse(fields[1]) : 0, fields.Length > 2 ? int.Parse(fields[2]) : 0);
}
