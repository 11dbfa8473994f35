using Khabar.Persian.Normalization;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>
/// The keys the half-space repair works out once per word give, for every window of linked words, exactly the
/// key and boundaries that reading the window's text gives, and the lexicon's hash-keyed lookup, of a key whole or in
/// two parts, finds exactly what a plain dictionary of its keys finds.
/// </summary>
public sealed class WordKeysTests
{
    private const string Letters = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآئءؤأإةۀيكًٌٍَُِّْٰ";

    [Fact]
    public void WindowKeysMatchTheWindowsText()
    {
        var random = new Random(4012);
        var checkedWindows = 0;
        var expected = new char[Spelling.MaxKeyLength];
        var actual = new char[Spelling.MaxKeyLength];
        for (var n = 0; n < 3000; n++)
        {
            var text = RandomText(random);
            var scratch = new RepairScratch();
            var words = Token.Find(text, scratch.Tokens(text.Length / 2 + 1));
            var keys = new WordKeys(text, words, scratch);
            for (var i = 0; i < words.Length; i++)
            {
                for (var size = 1; size <= Token.RunLength(words, i, 4); size++)
                {
                    var span = text.AsSpan(words[i].Start, words[i + size - 1].End - words[i].Start);
                    var expectedLength = TokenWindow.Key(span, expected, out var half, out var space);
                    var actualLength = keys.Window(i, size, actual, out var windowHalf, out var windowSpace);
                    Assert.Equal(expectedLength, actualLength);
                    if (expectedLength > 0)
                    {
                        Assert.Equal(new string(expected, 0, expectedLength), new string(actual, 0, actualLength));
                        Assert.Equal(half, windowHalf);
                        Assert.Equal(space, windowSpace);
                        Assert.Equal(KeyHashSet.Hash(expected.AsSpan(0, expectedLength)), Hash(words, keys, i, size));
                    }

                    checkedWindows++;
                }
            }
        }

        Assert.True(checkedWindows > 10000, $"only {checkedWindows} windows checked");
    }

    [Fact]
    public void HashedLookupFindsWhatADictionaryFinds()
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        var random = new Random(77);
        while (pairs.Count < 5000)
        {
            var key = new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => Letters[random.Next(32)]).ToArray());
            pairs[key] = key.ToUpperInvariant() + "!";
        }

        var table = new KeyTable<string>(pairs);
        for (var n = 0; n < 20000; n++)
        {
            var probe = new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => Letters[random.Next(32)]).ToArray());
            Assert.Equal(pairs.GetValueOrDefault(probe), table.Find(probe));
            var cut = random.Next(probe.Length + 1);
            Assert.Equal(pairs.GetValueOrDefault(probe), table.Find(probe.AsSpan(0, cut), probe.AsSpan(cut)));
        }

        foreach (var (key, value) in pairs)
        {
            Assert.Same(value, table.Find(KeyHashSet.Hash(key), key));
            var cut = random.Next(key.Length + 1);
            Assert.Same(value, table.Find(key.AsSpan(0, cut), key.AsSpan(cut)));
        }
    }

    private static ulong Hash(ReadOnlySpan<Token> words, WordKeys keys, int i, int size)
    {
        var hash = words[i].Hash;
        for (var k = i + 1; k < i + size; k++)
        {
            hash = KeyHashSet.Hash(keys.Key(k), hash);
        }

        return hash;
    }

    /// <summary>Words of random letters and marks, some with half-spaces inside or at the end, between single
    /// and double spaces, punctuation and the odd very long word.</summary>
    private static string RandomText(Random random)
    {
        var parts = new List<string>();
        for (var w = random.Next(1, 12); w > 0; w--)
        {
            var length = random.Next(10) == 0 ? random.Next(40, 90) : random.Next(1, 8);
            var word = new char[length];
            for (var c = 0; c < length; c++)
            {
                word[c] = c > 0 && random.Next(8) == 0 ? '\u200C' : Letters[random.Next(Letters.Length)];
            }

            parts.Add(new string(word) + (random.Next(6) == 0 ? "\u200C" : ""));
            parts.Add(random.Next(10) switch { 0 => "  ", 1 => "، ", 2 => "\u200C ", _ => " " });
        }

        return string.Concat(parts);
    }
}
