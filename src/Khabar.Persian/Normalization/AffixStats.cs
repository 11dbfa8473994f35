namespace Khabar.Persian.Normalization;

/// <summary>
/// What the corpus says about one affix (a part written after or before a half-space, like ها, ای, ترین, می):
/// how many distinct words took it with a half-space, glued, or with a space between, split by whether the
/// other part is a known word and by the context class (<see cref="SuffixClass"/>, <see cref="PrefixClass"/>).
/// </summary>
internal sealed record AffixStats(int[] Counts)
{
    /// <summary>The classes of context an affix is counted in.</summary>
    public const int Classes = 5;

    /// <summary>Written with a half-space.</summary>
    public const int Attached = 0;

    /// <summary>Written glued.</summary>
    public const int Glued = 1;

    /// <summary>Written with a space between.</summary>
    public const int Apart = 2;

    private const int Size = 3 * 2 * Classes;

    /// <summary>Empty counts.</summary>
    public static AffixStats Empty() => new(new int[Size]);

    /// <summary>A suffix's context, the letter before it: 0 for ه, 1 for another joining letter, 2 for a non-joining one.</summary>
    public static int SuffixClass(char before) => before == '\u0647' ? 0 : ArabicScript.JoinsNext(before) ? 1 : 2;

    /// <summary>A prefix's context, the last letter of the word: د, م, ی, ن, or another (verb endings tell verbs from names).</summary>
    public static int PrefixClass(char last) => last switch
    {
        '\u062F' => 0,
        '\u0645' => 1,
        '\u06CC' => 2,
        '\u0646' => 3,
        _ => 4,
    };

    /// <summary>The count of one way of writing, with a known or unknown other part, after a class of letter.</summary>
    public ref int this[int way, bool known, int cls] => ref Counts[way * 2 * Classes + (known ? Classes : 0) + cls];

    /// <summary>How many words took the affix with a half-space.</summary>
    public int AttachedTotal => Sum(Attached);

    /// <summary>How bound the affix is: the share of its distinct neighbours it is attached to rather than apart from.</summary>
    public double Boundness
    {
        get
        {
            var attached = AttachedTotal;
            return attached / (attached + Sum(Apart) + 1.0);
        }
    }

    /// <summary>The share of words written with a half-space rather than glued.</summary>
    public double SplitShare(bool known, int cls, double prior) => Share(Glued, known, cls, prior);

    /// <summary>The share of words written with a half-space rather than with a space.</summary>
    public double JoinShare(bool known, int cls, double prior) => Share(Apart, known, cls, prior);

    /// <summary>The counts as tab-separated fields.</summary>
    public string Format() => string.Join('\t', Counts);

    /// <summary>Counts from tab-separated fields.</summary>
    public static AffixStats Parse(ReadOnlySpan<string> fields)
    {
        var counts = new int[Size];
        for (var i = 0; i < Size && i < fields.Length; i++)
        {
            counts[i] = int.Parse(fields[i]);
        }

        return new AffixStats(counts);
    }

    private int Sum(int way)
    {
        var sum = 0;
        foreach (var count in Counts.AsSpan(way * 2 * Classes, 2 * Classes))
        {
            sum += count;
        }

        return sum;
    }

    private double Share(int other, bool known, int cls, double prior)
    {
        double attached = this[Attached, known, cls];
        return (attached + prior) / (attached + this[other, known, cls] + 2 * prior);
    }
}
