using System.Buffers;

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
        var tokens = ArrayPool<Token>.Shared.Rent(source.Length / 2 + 1);
        try
        {
            var words = Token.Find(source, tokens);
            if (source.Contains(ArabicScript.Zwnj) && KeptFastPath)
            {
                new KeptRepair(this, lexicon, new SpellingChooser(tuning, Damage.None)).Write(source, words, ref sink);
            }
            else
            {
                Damaged(source, words, ref sink);
            }
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }

    /// <summary>The repair of text without half-spaces of its own, or with settings the fast path does not cover.</summary>
    private void Damaged(ReadOnlySpan<char> source, ReadOnlySpan<Token> words, ref CharSink sink)
    {
        var found = ArrayPool<LexiconEntry?>.Shared.Rent(words.Length + 1);
        try
        {
            var entries = found.AsSpan(0, words.Length);
            for (var i = 0; i < words.Length; i++)
            {
                entries[i] = FindWord(source, words[i]);
            }

            using var sites = new AffixSites(Affixes, words.Length);
            var damage = source.Contains(ArabicScript.Zwnj) ? Damage.None : new DamageEstimate(this, tuning).Judge(source, words, entries, sites);
            var writer = new RepairWriter(this, sites, new SpellingChooser(tuning, damage), damage.IsKept && tuning.KeptGlueFix == 0);
            writer.Write(source, words, entries, ref sink);
        }
        finally
        {
            ArrayPool<LexiconEntry?>.Shared.Return(found, clearArray: true);
        }
    }

    /// <summary>Whether text that keeps its half-spaces can take the fast path: it never splits glued words and
    /// fixes no space the lexicon's slip sets do not cover.</summary>
    private bool KeptFastPath => tuning.KeptGlueFix == 0 && tuning.KeptSpaceFix * HalfSpaceLexicon.SlipRatio <= 1 && tuning.KeepBonus >= 1;

    /// <summary>The lexicon entry of one word.</summary>
    internal LexiconEntry? FindWord(ReadOnlySpan<char> source, Token word)
    {
        if (word.Plain)
        {
            return word.End - word.Start <= Spelling.MaxKeyLength ? lexicon.Find(source[word.Start..word.End]) : null;
        }

        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        return Find(source, [word], key, out _, out _, out _);
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
