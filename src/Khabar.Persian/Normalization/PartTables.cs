namespace Khabar.Persian.Normalization;

/// <summary>The learned productive parts: tails after a first part not ending in ه, tails after ه, and heads.</summary>
internal sealed record PartTables(Dictionary<string, PartStats> Tails, Dictionary<string, PartStats> HehTails, Dictionary<string, PartStats> Heads)
{
    /// <summary>No parts.</summary>
    public static PartTables Empty() => new(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>Whether the tail of the pair (after its head's last letter) or its head is a productive part.</summary>
    public bool Productive(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.Length < 2 || right.Length < 2)
        {
            return false;
        }

        var tails = left[^1] == '\u0647' ? HehTails : Tails;
        return (tails.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(right, out var tail) && tail.JoinShare >= PartStats.ProductiveShare)
            || (Heads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(left, out var head) && head.JoinShare >= PartStats.ProductiveShare);
    }
}
