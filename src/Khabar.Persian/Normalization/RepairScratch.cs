namespace Khabar.Persian.Normalization;

/// <summary>
/// The working arrays of one half-space repair (words, their lexicon entries and keys, the affix answers), kept
/// per thread and grown as needed so that repairing a text rents nothing. Arrays for very long texts are not kept.
/// </summary>
internal sealed class RepairScratch
{
    private const int KeepLimit = 1 << 18;

    [ThreadStatic]
    private static RepairScratch? cached;

    private Token[] tokens = [];
    private LexiconEntry?[] entries = [];
    private char[] keyChars = [];
    private int[] keyStarts = [];
    private int[] keyLengths = [];
    private ulong[] halves = [];
    private double[] joins = [];
    private double[] splits = [];
    private ulong[] cuts = [];
    private AffixSites.Window[] windows = [];
    private readonly double[] powers = new double[Damage.PowerSlots];

    /// <summary>The thread's scratch (or a new one); give it back with <see cref="Return"/>.</summary>
    public static RepairScratch Take()
    {
        var scratch = cached ?? new RepairScratch();
        cached = null;
        return scratch;
    }

    /// <summary>Keeps the scratch for the thread's next text, unless a very long text grew it.</summary>
    public static void Return(RepairScratch scratch)
    {
        if (scratch.keyChars.Length <= KeepLimit && scratch.tokens.Length <= KeepLimit)
        {
            cached = scratch;
        }
    }

    /// <summary>An empty table of powers for <see cref="Damage.Explains(Spelling, ulong, ulong, double[])"/>.</summary>
    public double[] Powers()
    {
        powers.AsSpan().Fill(double.NaN);
        return powers;
    }

    public Token[] Tokens(int count) => Ensure(ref tokens, count);

    public LexiconEntry?[] Entries(int count) => Ensure(ref entries, count);

    public char[] KeyChars(int count) => Ensure(ref keyChars, count);

    public int[] KeyStarts(int count) => Ensure(ref keyStarts, count);

    public int[] KeyLengths(int count) => Ensure(ref keyLengths, count);

    public ulong[] Halves(int count) => Ensure(ref halves, count);

    public double[] Joins(int count) => Ensure(ref joins, count);

    public double[] Splits(int count) => Ensure(ref splits, count);

    public ulong[] Cuts(int count) => Ensure(ref cuts, count);

    public AffixSites.Window[] Windows(int count) => Ensure(ref windows, count);

    private static T[] Ensure<T>(ref T[] array, int count)
    {
        if (array.Length < count)
        {
            array = new T[Math.Max(count, Math.Min(2 * array.Length, KeepLimit))];
        }

        return array;
    }
}
