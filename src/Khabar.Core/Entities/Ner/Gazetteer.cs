namespace Khabar.Entities.Ner;

/// <summary>Names of known entities as key sequences; marks the longest match at each point of a sentence.</summary>
public sealed class Gazetteer
{
    private const int MaxLength = 6;
    private readonly Dictionary<string, string> types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> longestFrom = new(StringComparer.Ordinal);
    private readonly NameTrie names = new();

    /// <summary>Adds a name (as tokens) with its type; the first type given for a name wins.</summary>
    public void Add(IReadOnlyList<string> tokens, string type)
    {
        if (tokens.Count is 0 or > MaxLength)
        {
            return;
        }

        var keys = tokens.Select(TokenText.Key).ToArray();
        Version++;
        Keep(string.Join(' ', keys), type);
        longestFrom[keys[0]] = Math.Max(longestFrom.GetValueOrDefault(keys[0]), keys.Length);
        if (keys.Length > 1)
        {
            // Written with a half-space or glued, a two-part name is one token.
            var glued = string.Concat(keys);
            Keep(glued, type);
            longestFrom[glued] = Math.Max(longestFrom.GetValueOrDefault(glued), 1);
        }
    }

    /// <summary>Counts the names added, so that what was looked up earlier can be known to be still good.</summary>
    internal int Version { get; private set; }

    /// <summary>The number of names.</summary>
    public int Count => types.Count;

    /// <summary>Every name (keys joined by spaces) with its type.</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries => types;

    /// <summary>One code per token: 0 for none, else 1 + 2·type index + (0 at the start of a match, 1 inside).</summary>
    public int[] Mark(IReadOnlyList<string> keys, IReadOnlyList<string> typeOrder)
    {
        var marks = new int[keys.Count];
        Mark(keys.ToArray(), marks, typeOrder);
        return marks;
    }

    /// <summary><see cref="Mark(IReadOnlyList{string}, IReadOnlyList{string})"/> into <paramref name="marks"/>, types in <see cref="EntityTypes.All"/> order.</summary>
    internal void Mark(ReadOnlySpan<string> keys, Span<int> marks, IReadOnlyList<string>? typeOrder = null)
    {
        marks[..keys.Length].Clear();
        for (var i = 0; i < keys.Length; i++)
        {
            if (longestFrom.TryGetValue(keys[i], out var longest))
            {
                i = MarkAt(keys, i, longest, names.Branch(keys[i]), marks, typeOrder);
            }
        }
    }

    /// <summary>
    /// <see cref="Mark(ReadOnlySpan{string}, Span{int}, IReadOnlyList{string})"/> with each key's
    /// <see cref="StartOf"/> already looked up.
    /// </summary>
    internal void Mark(ReadOnlySpan<string> keys, ReadOnlySpan<NameStart> starts, Span<int> marks)
    {
        marks[..keys.Length].Clear();
        for (var i = 0; i < keys.Length; i++)
        {
            if (starts[i].Longest > 0)
            {
                i = MarkAt(keys, i, starts[i].Longest, starts[i].Branch, marks, null);
            }
        }
    }

    /// <summary>The names that start with the key: the longest one's length in tokens (0 when none does) and their branch of the tree.</summary>
    internal NameStart StartOf(string key) => longestFrom.TryGetValue(key, out var longest) ? new NameStart(longest, names.Branch(key)) : default;

    // The first type given for a name wins.
    private void Keep(string name, string type)
    {
        if (types.TryAdd(name, type))
        {
            names.Add(name, type);
        }
    }

    // Marks the longest name at i (of at most `longest` tokens) and returns the index of its last token, or i.
    private int MarkAt(ReadOnlySpan<string> keys, int i, int longest, NameTrie.Node? branch, Span<int> marks, IReadOnlyList<string>? typeOrder)
    {
        var window = keys.Slice(i, Math.Min(longest, keys.Length - i));
        var (length, type) = NameTrie.Longest(window, branch);
        if (length < 0)
        {
            (length, type) = Joined(window);
        }

        if (type is null)
        {
            return i;
        }

        var t = Math.Max(0, IndexOf(typeOrder ?? EntityTypes.All, type));
        for (var j = 0; j < length; j++)
        {
            marks[i + j] = 1 + 2 * t + (j == 0 ? 0 : 1);
        }

        return i + length - 1;
    }

    // The longest name among the window's first keys joined by spaces, longest first.
    private (int Length, string? Type) Joined(ReadOnlySpan<string> window)
    {
        for (var length = window.Length; length >= 1; length--)
        {
            var name = length == 1 ? window[0] : string.Join(' ', window[..length]);
            if (types.TryGetValue(name, out var type))
            {
                return (length, type);
            }
        }

        return (0, null);
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>Where a gazetteer's names that start with one key begin: the longest one's length in tokens (0 for none) and their branch.</summary>
internal readonly record struct NameStart(int Longest, NameTrie.Node? Branch);
