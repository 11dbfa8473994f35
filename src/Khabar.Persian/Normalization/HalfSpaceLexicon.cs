using System.IO.Compression;
using System.Text;

namespace Khabar.Persian.Normalization;

/// <summary>
/// The half-space lexicon learned from correctly spelled news text: for every word and compound key, how often
/// each spelling (glued, with half-spaces, with spaces) was seen. Loaded once, lazily, from an embedded resource.
/// </summary>
public sealed class HalfSpaceLexicon
{
    private const string ResourceName = "Khabar.Persian.Resources.halfspace.lex";
    private static readonly Lazy<HalfSpaceLexicon> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, LexiconEntry> entries;
    private readonly KeyTable<LexiconEntry> table;

    private HalfSpaceLexicon(Dictionary<string, LexiconEntry> entries, Dictionary<string, AffixStats> suffixes, Dictionary<string, AffixStats> prefixes, PartTables parts)
    {
        entries = ByFrequency(entries);
        this.entries = entries;
        table = new KeyTable<LexiconEntry>(entries);
        Affixes = new AffixModel(entries, table, suffixes, prefixes, parts);
        (Slips, SlipStarts, SlipEnds) = SlipParts(entries);
    }

    /// <summary>The lexicon shipped inside this assembly (empty when the resource is missing).</summary>
    public static HalfSpaceLexicon Default => Embedded.Value;

    /// <summary>The number of keys.</summary>
    public int Count => entries.Count;

    /// <summary>Reads a lexicon in the gzip text format that <see cref="HalfSpaceLexiconBuilder"/> writes.</summary>
    public static HalfSpaceLexicon Load(Stream gzip)
    {
        using var unzip = new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(unzip, Encoding.UTF8);
        var entries = new Dictionary<string, LexiconEntry>();
        var suffixes = new Dictionary<string, AffixStats>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, AffixStats>(StringComparer.Ordinal);
        var parts = PartTables.Empty();
        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (line[0] == '@')
            {
                if (fields[0] is "@tail" or "@tailheh" or "@head")
                {
                    (fields[0] == "@tail" ? parts.Tails : fields[0] == "@head" ? parts.Heads : parts.HehTails)[fields[1]] = PartStats.Parse(fields.AsSpan(2));
                }
                else
                {
                    (fields[0] == "@suffix" ? suffixes : prefixes)[fields[1]] = AffixStats.Parse(fields.AsSpan(2));
                }

                continue;
            }

            var spellings = new Spelling[(fields.Length - 2) / 2];
            for (var i = 0; i < spellings.Length; i++)
            {
                spellings[i] = Spelling.Parse(fields[2 + 2 * i], int.Parse(fields[3 + 2 * i]), key, out _);
            }

            entries[fields[0]] = new LexiconEntry(fields[0], int.Parse(fields[1]), spellings);
        }

        MarkCompoundParts(entries);
        return new HalfSpaceLexicon(entries, suffixes, prefixes, parts);
    }

    /// <summary>What the lexicon knows about affixes, for words it does not know.</summary>
    internal AffixModel Affixes { get; }

    /// <summary>
    /// In text that keeps its half-spaces, a written space is only turned into a half-space where the spelling
    /// with the half-space is seen more than this many times as often as what is written (plus one).
    /// </summary>
    internal const double SlipRatio = 50;

    /// <summary>Flag of a word that begins a group a typing slip may have split (می in می شود).</summary>
    internal const byte SlipStart = 1;

    /// <summary>Flag of a word that ends such a group (شود in می شود).</summary>
    internal const byte SlipEnd = 2;

    /// <summary>Flag of the whole group's key (میشود).</summary>
    internal const byte SlipGroup = 4;

    /// <summary>The words that begin or end a group a typing slip may have split, by key hash.</summary>
    internal KeyHashSet Slips { get; }

    /// <summary>A filter in front of <see cref="Slips"/> for the words that begin a group.</summary>
    internal KeyBloom SlipStarts { get; }

    /// <summary>A filter in front of <see cref="Slips"/> for the words that end a group.</summary>
    internal KeyBloom SlipEnds { get; }

    /// <summary>The entry for a key, or null.</summary>
    internal LexiconEntry? Find(ReadOnlySpan<char> key) => table.Find(key);

    /// <summary>The entry for the key made of two parts, or null.</summary>
    internal LexiconEntry? Find(ReadOnlySpan<char> left, ReadOnlySpan<char> right) => table.Find(left, right);

    /// <summary>False when no key has this <see cref="KeyHashSet"/> hash.</summary>
    internal bool MayContain(ulong hash) => table.MayContain(hash);

    /// <summary>The entry for a key whose <see cref="KeyHashSet"/> hash is already known, or null.</summary>
    internal LexiconEntry? Find(ulong hash, ReadOnlySpan<char> key) => table.Find(hash, key);

    /// <summary>
    /// The entries copied most frequent first, each with its key and spellings beside it, so that the words most
    /// text is made of lie together in memory and stay in the processor's cache (the lookup table keeps the order).
    /// </summary>
    private static Dictionary<string, LexiconEntry> ByFrequency(Dictionary<string, LexiconEntry> entries)
    {
        var ordered = new Dictionary<string, LexiconEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries.Values.OrderByDescending(e => e.Total).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            ordered[entry.Key] = entry.Copy();
        }

        return ordered;
    }

    private static HalfSpaceLexicon LoadEmbedded()
    {
        using var stream = typeof(HalfSpaceLexicon).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? new HalfSpaceLexicon([], [], [], PartTables.Empty()) : Load(stream);
    }

    /// <summary>
    /// Marks the parts a compound can be written in over several words, for the spellings with half-spaces that
    /// are seen more often than the same words written apart (the others never win, so need no lookup).
    /// </summary>
    private static void MarkCompoundParts(Dictionary<string, LexiconEntry> entries)
    {
        foreach (var entry in entries.Values.ToArray())
        {
            foreach (var spelling in entry.Spellings)
            {
                var cuts = spelling.HalfSpaces | spelling.Spaces;
                if (spelling.HalfSpaces == 0 || spelling.Count <= ApartCount(entry, cuts) + 1)
                {
                    continue;
                }

                for (var b = 1; b < entry.Key.Length; b++)
                {
                    if ((cuts >> b & 1) != 0)
                    {
                        Part(entries, entry.Key[..b]).StartsCompound = true;
                        Part(entries, entry.Key[b..]).EndsCompound = true;
                    }
                }
            }
        }
    }

    private static (KeyHashSet Set, KeyBloom Starts, KeyBloom Ends) SlipParts(Dictionary<string, LexiconEntry> entries)
    {
        var parts = new List<(string Key, byte Flag)>();
        foreach (var entry in entries.Values)
        {
            foreach (var spelling in entry.Spellings)
            {
                var cuts = spelling.HalfSpaces | spelling.Spaces;
                if (spelling.HalfSpaces == 0 || spelling.Count <= SlipRatio)
                {
                    continue;
                }

                parts.Add((entry.Key, SlipGroup));
                for (var b = 1; b < entry.Key.Length; b++)
                {
                    if ((cuts >> b & 1) != 0)
                    {
                        parts.Add((entry.Key[..b], SlipStart));
                        parts.Add((entry.Key[b..], SlipEnd));
                    }
                }
            }
        }

        var set = new KeyHashSet(parts.Count);
        var starts = new KeyBloom(parts.Count(p => p.Flag == SlipStart));
        var ends = new KeyBloom(parts.Count(p => p.Flag == SlipEnd));
        foreach (var (key, flag) in parts)
        {
            set.Add(key, flag);
            (flag == SlipStart ? starts : flag == SlipEnd ? ends : null)?.Add(KeyHashSet.Hash(key));
        }

        return (set, starts, ends);
    }

    private static int ApartCount(LexiconEntry entry, ulong cuts)
    {
        foreach (var spelling in entry.Spellings)
        {
            if (spelling.HalfSpaces == 0 && spelling.Spaces == cuts)
            {
                return spelling.Count;
            }
        }

        return 0;
    }

    private static LexiconEntry Part(Dictionary<string, LexiconEntry> entries, string key)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            entry = new LexiconEntry(key, 0, []);
            entries[key] = entry;
        }

        return entry;
    }
}
