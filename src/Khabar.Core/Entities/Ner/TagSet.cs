using System.Runtime.Intrinsics;

namespace Khabar.Entities.Ner;

/// <summary>
/// The tags of a model: <c>O</c> first, then for each type <c>B-X</c>, <c>I-X</c> (IOB2) and, under
/// <see cref="TagScheme.Bilou"/>, <c>L-X</c>, <c>U-X</c>. Whatever the scheme, tags are read out as IOB2
/// (<see cref="Iob2"/>).
/// </summary>
public sealed class TagSet
{
    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;
    private static readonly string[] Prefixes = ["B-", "I-", "L-", "U-"];
    private readonly bool[] follows;
    private readonly int[][] predecessors;
    private readonly int width;
    private readonly string[] iob2;
    private readonly string[] types;

    /// <summary>The IOB2 tag set for the given types.</summary>
    public TagSet(IReadOnlyList<string> types)
        : this(types, TagScheme.Iob2)
    {
    }

    /// <summary>The tag set for the given types under a scheme.</summary>
    public TagSet(IReadOnlyList<string> types, TagScheme scheme)
    {
        this.types = types.ToArray();
        Types = this.types;
        Scheme = scheme;
        width = scheme == TagScheme.Bilou ? 4 : 2;
        Names = ["O", .. types.SelectMany(t => Prefixes.Take(width).Select(p => p + t))];
        iob2 = Names.Select((name, tag) => tag == 0 ? name : (Kind(tag) is Begin or Unit ? "B-" : "I-") + name[2..]).ToArray();
        follows = new bool[Count * Count];
        for (var p = 0; p < Count; p++)
        {
            for (var y = 0; y < Count; y++)
            {
                follows[p * Count + y] = IsInside(y) ? Opens(p) && TypeIndex(p) == TypeIndex(y) : !Opens(p) || scheme == TagScheme.Iob2;
            }
        }

        predecessors = Enumerable.Range(0, Count).Select(y => Enumerable.Range(0, Count).Where(p => follows[p * Count + y]).ToArray()).ToArray();
        Followers = Count > Vector512<int>.Count ? [] : Enumerable.Range(0, Count).Select(p => Vector512.Create<int>(
            Enumerable.Range(0, Vector512<int>.Count).Select(y => y < Count && follows[p * Count + y] ? -1 : 0).ToArray())).ToArray();
    }

    /// <summary>How names are marked.</summary>
    public TagScheme Scheme { get; }

    /// <summary>The entity types, in order.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The tag names, <c>O</c> first.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The number of tags.</summary>
    public int Count => Names.Count;

    /// <summary>The index of a tag name, or 0 (<c>O</c>) for a tag outside the set.</summary>
    public int IndexOf(string tag)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == tag)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>True for a tag that continues a name (<c>I-X</c>, <c>L-X</c>): it cannot start a sentence.</summary>
    public bool IsInside(int tag) => tag > 0 && Kind(tag) is Inside or Last;

    /// <summary>True for a tag that a sentence may end on (all but <c>B-X</c> and <c>I-X</c> under BILOU).</summary>
    public bool CanEnd(int tag) => Scheme == TagScheme.Iob2 || !Opens(tag);

    /// <summary>The type index of a tag, or -1 for <c>O</c>.</summary>
    public int TypeIndex(int tag) => tag == 0 ? -1 : (tag - 1) / width;

    /// <summary>The IOB2 name of a tag (<c>L-X</c> reads as <c>I-X</c>, <c>U-X</c> as <c>B-X</c>).</summary>
    public string Iob2(int tag) => iob2[tag];

    /// <summary>The tag of a type and kind (0 B, 1 I, 2 L, 3 U).</summary>
    private int Of(int type, int kind) => 1 + type * width + kind;

    /// <summary>
    /// The tags of an IOB2 tagging in this scheme. Tags outside the set are <c>O</c>. Under IOB2 the tags are those
    /// written; under BILOU a name's last token takes <c>L-X</c>, or <c>U-X</c> when it is its only one, and an
    /// <c>I-X</c> that follows no <c>B-X</c> or <c>I-X</c> of its type opens a name.
    /// </summary>
    public int[] Encode(IReadOnlyList<string> tagging)
    {
        var iobTags = new int[tagging.Count];
        for (var i = 0; i < iobTags.Length; i++)
        {
            var name = tagging[i];
            var type = name.Length > 2 ? Array.IndexOf(types, name[2..]) : -1;
            iobTags[i] = type < 0 || name[0] is not ('B' or 'I') ? -1 : type;
        }

        var result = new int[iobTags.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var type = iobTags[i];
            if (type < 0)
            {
                continue;
            }

            var opens = tagging[i][0] == 'B' || (Scheme == TagScheme.Bilou && (i == 0 || iobTags[i - 1] != type));
            var closes = i + 1 == result.Length || iobTags[i + 1] != type || tagging[i + 1][0] == 'B';
            var kind = opens ? Begin : Inside;
            if (Scheme == TagScheme.Bilou && closes)
            {
                kind = opens ? Unit : Last;
            }

            result[i] = Of(type, kind);
        }

        return result;
    }

    /// <summary>Every tag of the type with index <paramref name="type"/>.</summary>
    public IEnumerable<int> TagsOf(int type) => Enumerable.Range(Of(type, 0), width);

    private int Kind(int tag) => (tag - 1) % width;

    // B-X or I-X: a name is open after it.
    private bool Opens(int tag) => tag > 0 && Kind(tag) is Begin or Inside;

    /// <summary>
    /// Per tag p, the tags that may follow it as a lane mask (all bits set in lane y when y may follow p); empty
    /// when there are more tags than lanes.
    /// </summary>
    internal Vector512<int>[] Followers { get; }

    /// <summary>The tags <paramref name="y"/> may follow, in index order.</summary>
    internal ReadOnlySpan<int> Predecessors(int y) => predecessors[y];

    /// <summary>True when tag <paramref name="y"/> may follow tag <paramref name="previous"/> in the scheme.</summary>
    public bool CanFollow(int previous, int y) => follows[previous * Count + y];
}
