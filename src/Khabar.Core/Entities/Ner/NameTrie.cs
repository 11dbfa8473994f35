namespace Khabar.Entities.Ner;

/// <summary>
/// A gazetteer's names as a tree with one key per level, so that the longest name at a point of a sentence is
/// found by reading its keys one by one — one small lookup per key, stopping where no name goes on — instead of
/// joining the keys into a string for every length. A name is stored by the parts of its joined form
/// (<c>name.Split(' ')</c>); for keys without a space that is the same as comparing the joined strings.
/// </summary>
internal sealed class NameTrie
{
    private readonly Dictionary<string, Node> root = new(StringComparer.Ordinal);

    /// <summary>Adds a name (keys joined by single spaces) with its type.</summary>
    public void Add(string name, string type)
    {
        var level = root;
        Node? node = null;
        foreach (var key in name.Split(' '))
        {
            if (node is not null)
            {
                level = node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            }

            if (!level.TryGetValue(key, out node))
            {
                level[key] = node = new Node();
            }
        }

        node!.Type = type;
    }

    /// <summary>The branch of the names whose first key is <paramref name="key"/>, or null when none starts so.</summary>
    public Node? Branch(string key) => root.GetValueOrDefault(key);

    /// <summary>
    /// The longest name made of <paramref name="keys"/>[0..length) for some length, with its type, given the branch
    /// of <paramref name="keys"/>[0]: (0, null) when none is, or (-1, null) when a key read holds a space, for which
    /// the joined form must be compared instead.
    /// </summary>
    public static (int Length, string? Type) Longest(ReadOnlySpan<string> keys, Node? branch)
    {
        var found = (0, (string?)null);
        var node = branch;
        for (var d = 0; d < keys.Length; d++)
        {
            if (keys[d].Contains(' '))
            {
                return (-1, null);
            }

            if (d > 0)
            {
                node = node!.Next?.GetValueOrDefault(keys[d]);
            }

            if (node is null)
            {
                break;
            }

            if (node.Type is not null)
            {
                found = (d + 1, node.Type);
            }

            if (node.Next is null)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>One key of a name: the names that go on from it, and the type of the name that ends at it.</summary>
    internal sealed class Node
    {
        public Dictionary<string, Node>? Next { get; set; }

        public string? Type { get; set; }
    }
}
