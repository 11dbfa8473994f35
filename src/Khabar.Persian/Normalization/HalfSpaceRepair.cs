namespace Khabar.Persian.Normalization;

/// <summary>
/// The third pass: restores half-spaces that were deleted (glued words) or turned into spaces. It first judges
/// from the whole text how its half-spaces were lost (<see cref="Damage"/>), then writes each word, and each group
/// of up to four words, in the spelling the lexicon makes most likely given what is written. Words that stay as
/// they are cost one lexicon lookup and are copied in bulk.
/// </summary>
internal sealed class HalfSpaceRepair(HalfSpaceLexicon lexicon, HalfSpaceTuning tuning)
{
    private const int MaxWindow = 4;

    /// <summary>The affix statistics over this repair's lexicon.</summary>
    internal AffixRepair Affixes => new(lexicon, tuning);

    public void Run(ReadOnlySpan<char> source, ref CharSink sink)
    {
        var scratch = RepairScratch.Take();
        try
        {
            var words = Token.Find(source, scratch.Tokens(source.Length / 2 + 1));
            if (source.Contains(ArabicScript.Zwnj) && KeptFastPath)
            {
                new KeptRepair(this, lexicon, new SpellingChooser(tuning, Damage.None)).Write(source, words, ref sink);
            }
            else
            {
                Damaged(source, words, scratch, ref sink);
            }
        }
        finally
        {
            RepairScratch.Return(scratch);
        }
    }

    /// <summary>The repair of text without half-spaces of its own, or with settings the fast path does not cover.</summary>
    private void Damaged(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, RepairScratch scratch, ref CharSink sink)
    {
        var keys = new WordKeys(source, words, scratch);
        var entries = Entries(words, keys, scratch);

        var sites = new AffixSites(Affixes, keys, words, entries, scratch);
        var damage = source.Contains(ArabicScript.Zwnj) ? Damage.None : new DamageEstimate(this, tuning).Judge(words, keys, entries, sites);
        var writer = new RepairWriter(this, sites, keys, new SpellingChooser(tuning, damage, scratch.Powers()), damage.IsKept && tuning.KeptGlueFix == 0);
        writer.Write(source, words, entries, ref sink);
    }

    /// <summary>How a text lost its half-spaces, as the repair judges it before writing (for text without any).</summary>
    internal Damage Judge(ReadOnlySpan<char> source)
    {
        var scratch = new RepairScratch();
        var words = Token.Find(source, scratch.Tokens(source.Length / 2 + 1));
        var keys = new WordKeys(source, words, scratch);
        var entries = Entries(words, keys, scratch);

        return new DamageEstimate(this, tuning).Judge(words, keys, entries, new AffixSites(Affixes, keys, words, entries, scratch));
    }

    /// <summary>The lexicon entry of every word.</summary>
    private Span<LexiconEntry?> Entries(ReadOnlySpan<Token> words, WordKeys keys, RepairScratch scratch)
    {
        var entries = scratch.Entries(words.Length + 1).AsSpan(0, words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            entries[i] = keys.Length(i) > 0 ? lexicon.Find(words[i].Hash, keys.Key(i)) : null;
        }

        return entries;
    }

    /// <summary>Whether text that keeps its half-spaces can take the fast path: it never splits glued words and
    /// fixes no space the lexicon's slip sets do not cover.</summary>
    private bool KeptFastPath => tuning.KeptGlueFix == 0 && tuning.KeptSpaceFix * HalfSpaceLexicon.SlipRatio <= 1 && tuning.KeepBonus >= 1;

    /// <summary>The lexicon entry of <paramref name="n"/> linked words from <paramref name="i"/>, with the half-spaces and spaces written between their letters.</summary>
    internal LexiconEntry? Find(ReadOnlySpan<Token> words, WordKeys keys, int i, int n, Span<char> key, out ulong half, out ulong space)
    {
        // The window's hash is its first word's continued over the others' keys: most windows are not in the
        // lexicon, and its filter says so before any key is copied.
        var hash = words[i].Hash;
        for (var k = i + 1; k < i + n; k++)
        {
            hash = KeyHashSet.Hash(keys.Key(k), hash);
        }

        if (!lexicon.MayContain(hash))
        {
            half = space = 0;
            return null;
        }

        var length = keys.Window(i, n, key, out half, out space);
        return length > 0 ? lexicon.Find(hash, key[..length]) : null;
    }

    /// <summary>The lexicon entry of the words, with the half-spaces and spaces written between their letters.</summary>
    internal LexiconEntry? Find(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, Span<char> key, out ulong half, out ulong space, out int length)
    {
        length = TokenWindow.Key(source[words[0].Start..words[^1].End], key, out half, out space);
        return length > 0 ? lexicon.Find(key[..length]) : null;
    }

    /// <summary>The window of up to four linked words from <paramref name="i"/> that the lexicon can spell, if any.</summary>
    internal static int MaxWindowAt(ReadOnlySpan<Token> words, ReadOnlySpan<LexiconEntry?> entries, int i) =>
        entries[i] is { StartsCompound: true } ? Token.RunLength(words, i, MaxWindow) : 1;
}
