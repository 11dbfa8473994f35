using System.Runtime.Intrinsics;

namespace Khabar.Entities.Ner;

/// <summary>The IOB2 tags of a model: <c>O</c> first, then <c>B-X</c>, <c>I-X</c> for each type.</summary>
public sealed class TagSet
{
    private readonly bool[] follows;
    private readonly int[][] predecessors;

    /// <summary>The tag set for the given types.</summary>
    public TagSet(IReadOnlyList<string> types)
    {
        Types = types.ToArray();
        Names = ["O", .. types.SelectMany(t => new[] { "B-" + t, "I-" + t })];
        follows = new bool[Count * Count];
        for (var p = 0; p < Count; p++)
        {
            for (var y = 0; y < Count; y++)
            {
                follows[p * Count + y] = !IsInside(y) || TypeIndex(p) == TypeIndex(y);
            }
        }

        predecessors = Enumerable.Range(0, Count).Select(y => Enumerable.Range(0, Count).Where(p => follows[p * Count + y]).ToArray()).ToArray();
        Followers = Count > Vector512<int>.Count ? [] : Enumerable.Range(0, Count).Select(p => Vector512.Create<int>(
            Enumerable.Range(0, Vector512<int>.Count).Select(y => y < Count && follows[p * Count + y] ? -1 : 0).ToArray())).ToArray();
    }

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

    /// <summary>True for an <c>I-X</c> tag.</summary>
    public bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    /// <summary>The type index of a tag, or -1 for <c>O</c>.</summary>
    public int TypeIndex(int tag) => tag == 0 ? -1 : (tag - 1) / 2;

    /// <summary>
    /// Per tag p, the tags that may follow it as a lane mask (all bits set in lane y when y may follow p); empty
    /// when there are more tags than lanes.
    /// </summary>
    internal Vector512<int>[] Followers { get; }

    /// <summary>The tags <paramref name="y"/> may follow, in index order.</summary>
    internal ReadOnlySpan<int> Predecessors(int y) => predecessors[y];

    /// <summary>True when tag <paramref name="y"/> may follow tag <paramref name="previous"/> in IOB2.</summary>
    public bool CanFollow(int previous, int y) => follows[previous * Count + y];
}
