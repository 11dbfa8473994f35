namespace Khabar.Persian.Normalization;

/// <summary>
/// The repair of text that keeps its half-spaces: only a space typed where the lexicon nearly always has a
/// half-space is fixed (می شود, کتاب ها). Words are first checked against two small sets, so most cost no
/// lookup in the full lexicon.
/// </summary>
internal readonly ref struct KeptRepair(HalfSpaceRepair repair, HalfSpaceLexicon lexicon, SpellingChooser chooser)
{
    private const int MaxWindow = 4;

    public void Write(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, ref CharSink sink)
    {
        var copied = 0;
        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (!words[i + 1].Linked || !lexicon.SlipStarts.MayContain(words[i].Hash))
            {
                continue;
            }

            for (var n = Token.RunLength(words, i, MaxWindow); n >= 2; n--)
            {
                if (!lexicon.SlipEnds.MayContain(words[i + n - 1].Hash) || !IsGroup(source, words, i, n))
                {
                    continue;
                }

                var compound = repair.Find(source, words[i..(i + n)], key, out var h, out var s, out _);
                if (compound is not null && chooser.Choose(compound, h, s, out var newHalf, out var newSpace))
                {
                    sink.Append(source[copied..words[i].Start]);
                    TokenWindow.Write(source[words[i].Start..words[i + n - 1].End], newHalf, newSpace, ref sink);
                    copied = words[i + n - 1].End;
                    i += n - 1;
                    break;
                }
            }
        }

        sink.Append(source[copied..]);
    }

    private bool IsGroup(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, int i, int n)
    {
        var hash = words[i].Hash;
        for (var k = 1; k < n; k++)
        {
            hash = Token.Continue(hash, source[words[i + k].Start..words[i + k].End]);
        }

        return (lexicon.Slips.Get(hash) & HalfSpaceLexicon.SlipGroup) != 0;
    }
}
