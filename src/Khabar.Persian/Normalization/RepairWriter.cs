namespace Khabar.Persian.Normalization;

/// <summary>Writes the repaired text: unchanged stretches in bulk, changed words and groups in their new spelling.</summary>
internal readonly ref struct RepairWriter(HalfSpaceRepair repair, AffixSites sites, WordKeys keys, SpellingChooser chooser, bool wordsStay)
{
    private readonly AffixSites sites = sites;

    public void Write(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, ref CharSink sink)
    {
        var copied = 0;
        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        for (var i = 0; i < words.Length;)
        {
            var taken = Compound(source, words, entries, i, key, ref copied, ref sink);
            if (taken == 0 && !chooser.IsKept)
            {
                taken = AffixJoin(source, words, i, ref copied, ref sink);
            }

            if (taken == 0 && !wordsStay)
            {
                Word(source, words[i], i, entries[i], key, ref copied, ref sink);
            }

            i += Math.Max(taken, 1);
        }

        sink.Append(source[copied..]);
    }

    private int Compound(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, int i, Span<char> key, ref int copied, ref CharSink sink)
    {
        for (var n = HalfSpaceRepair.MaxWindowAt(words, entries, i); n >= 2; n--)
        {
            if (entries[i + n - 1] is not { EndsCompound: true })
            {
                continue;
            }

            if (!sites.KnownWindow(i, n, out var compound, out var h, out var s))
            {
                compound = repair.Find(words, keys, i, n, key, out h, out s);
            }

            if (compound is not null && chooser.Choose(compound, h, s, out var newHalf, out var newSpace))
            {
                sink.Append(source[copied..words[i].Start]);
                TokenWindow.Write(source[words[i].Start..words[i + n - 1].End], newHalf, newSpace, ref sink);
                copied = words[i + n - 1].End;
                return n + SuffixAfter(source, words, entries, i, n, compound, newSpace, ref copied, ref sink);
            }
        }

        return 0;
    }

    /// <summary>
    /// After a compound just written as one word (حشره‌کش), joins the next word to it when the affix statistics
    /// say that word takes a half-space after a word of the compound's ending (ها, ای, ترین), as it does after a
    /// single word; returns 1 when it joined it.
    /// </summary>
    private int SuffixAfter(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, int i, int n, LexiconEntry compound, ulong newSpace, ref int copied, ref CharSink sink)
    {
        var next = i + n;
        if (chooser.IsKept || newSpace != 0 || next >= words.Length || !words[next].Linked)
        {
            return 0;
        }

        if (!Joins(repair.Affixes.JoinShareAfter(keys, words, entries, i, n, compound)))
        {
            return 0;
        }

        sink.Append(ArabicScript.Zwnj);
        sink.Append(source[words[next].Start..words[next].End]);
        copied = words[next].End;
        return 1;
    }

    // Whether a half-space goes between two words apart, given the share of such pairs written with one.
    private bool Joins(double share)
    {
        if (share <= 0)
        {
            return false;
        }

        var (change, keep) = repair.Affixes.Counts(share, 0);
        return chooser.Prefer(change, keep, spaced: true);
    }

    private int AffixJoin(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, int i, ref int copied, ref CharSink sink)
    {
        var n = 1;
        while (n < 4 && i + n < words.Length && words[i + n].Linked && Joins(sites.Join(i + n - 1)))
        {
            n++;
        }

        if (n == 1)
        {
            return 0;
        }

        sink.Append(source[copied..words[i].Start]);
        for (var k = 0; k < n; k++)
        {
            if (k > 0)
            {
                sink.Append(ArabicScript.Zwnj);
            }

            sink.Append(source[words[i + k].Start..words[i + k].End]);
        }

        copied = words[i + n - 1].End;
        return n;
    }

    private void Word(ReadOnlySpan<char> source, Token token, int index, LexiconEntry? entry, Span<char> key, ref int copied, ref CharSink sink)
    {
        var word = source[token.Start..token.End];
        var length = keys.Length(index);
        var half = keys.Half(index);
        ulong newHalf = 0;
        if (entry is not null && chooser.Choose(entry, half, 0, out newHalf, out _))
        {
            // The word's own counts decide.
        }
        else if (!chooser.IsKept && length > 1 && half == 0 && repair.Affixes.Unknown(entry))
        {
            var affixes = repair.Affixes;
            var cuts = sites.Split(keys.Key(index), index, out var share);
            var (change, keep) = affixes.Counts(share, entry?.Glued ?? 0);
            newHalf = cuts != 0 && chooser.Prefer(change, keep, spaced: false) ? cuts : 0;
        }

        if (newHalf != 0 && newHalf != half)
        {
            sink.Append(source[copied..token.Start]);
            TokenWindow.Write(word, newHalf, 0, ref sink);
            copied = token.End;
        }
    }
}
