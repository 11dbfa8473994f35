namespace Khabar.Persian.Normalization;

/// <summary>
/// The lexicon key of every word of one text and the half-spaces written inside it, worked out once: the damage
/// estimate, the affix statistics and the writer all ask for them, one word or a window of linked words at a
/// time. A window's key is its words' keys one after another, with a space at each boundary between them, just
/// as <see cref="TokenWindow.Key"/> reads the window's text. The arrays are the scratch's.
/// </summary>
internal readonly struct WordKeys
{
    private readonly char[] chars;
    private readonly int[] starts;
    private readonly int[] lengths;
    private readonly ulong[] halves;

    public WordKeys(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, RepairScratch scratch)
    {
        chars = scratch.KeyChars(source.Length + Spelling.MaxKeyLength);
        starts = scratch.KeyStarts(words.Length + 1);
        lengths = scratch.KeyLengths(words.Length + 1);
        halves = scratch.Halves(words.Length + 1);
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var text = source[word.Start..word.End];
            int length;
            ulong half = 0;
            if (word.Plain)
            {
                // A plain word is its own key: every letter is its key letter and there is no half-space in it.
                length = text.Length <= Spelling.MaxKeyLength ? text.Length : -1;
                if (length > 0)
                {
                    text.CopyTo(chars.AsSpan(offset));
                }
            }
            else
            {
                length = TokenWindow.Key(text, chars.AsSpan(offset, Spelling.MaxKeyLength), out half, out _);
            }

            starts[i] = offset;
            lengths[i] = length;
            halves[i] = length > 0 ? half : 0;
            offset += Math.Max(length, 0);
        }
    }

    /// <summary>The key length of word <paramref name="i"/>; -1 when longer than a key can be.</summary>
    public int Length(int i) => lengths[i];

    /// <summary>The key of word <paramref name="i"/> (empty when too long).</summary>
    public ReadOnlySpan<char> Key(int i) => chars.AsSpan(starts[i], Math.Max(lengths[i], 0));

    /// <summary>The half-spaces written inside word <paramref name="i"/>, in key positions.</summary>
    public ulong Half(int i) => halves[i];

    /// <summary>
    /// The key of the <paramref name="n"/> linked words from <paramref name="i"/> with the half-spaces and spaces
    /// between their letters; -1 when too long.
    /// </summary>
    public int Window(int i, int n, Span<char> key, out ulong half, out ulong space)
    {
        half = space = 0;
        var length = 0;
        for (var k = i; k < i + n; k++)
        {
            var part = lengths[k];
            if (part < 0 || length + part > key.Length)
            {
                return -1;
            }

            if (part == 0)
            {
                continue;
            }

            if (length > 0)
            {
                space |= 1UL << length;
            }

            half |= halves[k] << length;
            chars.AsSpan(starts[k], part).CopyTo(key[length..]);
            length += part;
        }

        return length;
    }
}
