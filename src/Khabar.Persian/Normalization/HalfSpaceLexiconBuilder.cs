using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Khabar.Persian.Normalization;

/// <summary>
/// Learns a <see cref="HalfSpaceLexicon"/> from correctly spelled text: counts every word as written (glued or
/// with half-spaces), then counts how often each compound that has a half-space was written over several tokens.
/// </summary>
public sealed class HalfSpaceLexiconBuilder
{
    private const int MaxWindow = 4;
    private readonly PersianNormalizer canonical = new(NormalizerOptions.Canonical);
    private readonly List<string> texts = [];
    private readonly Dictionary<string, int> forms = new(StringComparer.Ordinal);

    /// <summary>Documents accepted so far.</summary>
    public int Documents => texts.Count;

    /// <summary>Documents rejected as not clean enough.</summary>
    public int Rejected { get; private set; }

    /// <summary>Adds one document when its half-spaces look correct; returns whether it was accepted.</summary>
    public bool Add(string document)
    {
        var text = canonical.Normalize(document);
        if (!CleanDocument.IsClean(text))
        {
            Rejected++;
            return false;
        }

        texts.Add(text);
        foreach (var (start, end) in WordTokens.Find(text))
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(forms, text[start..end], out _);
            count++;
        }

        return true;
    }

    /// <summary>Writes the lexicon as gzip text: key, glued count, then pairs of spelling and count.</summary>
    public void Write(Stream output, int minCount = 2)
    {
        var parts = new PartLearner(forms).Learn(texts);
        var entries = CountSpellings(parts);
        using var zip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(zip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# khabar half-space lexicon 1: key, glued count, then spelling and count pairs; @suffix/@prefix affix, words attached, glued, apart per class; @tail/@tailheh/@head part, partners with half-space, only spaced, only glued");
        foreach (var (key, spellings) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            spellings.TryGetValue(key, out var glued);
            var others = spellings.Where(s => s.Key != key && s.Value > 0).OrderByDescending(s => s.Value).ToList();
            var total = glued + others.Sum(s => s.Value);
            if (total < minCount)
            {
                continue;
            }

            writer.Write(key);
            writer.Write('\t');
            writer.Write(glued);
            foreach (var (form, count) in others)
            {
                writer.Write('\t');
                writer.Write(form);
                writer.Write('\t');
                writer.Write(count);
            }

            writer.WriteLine();
        }

        var (suffixes, prefixes) = new AffixLearner(forms).Learn(texts);
        WriteAffixes(writer, "@suffix", suffixes);
        WriteAffixes(writer, "@prefix", prefixes);
        WriteParts(writer, "@tail", parts.Tails);
        WriteParts(writer, "@tailheh", parts.HehTails);
        WriteParts(writer, "@head", parts.Heads);
    }

    private static void WriteParts(StreamWriter writer, string kind, Dictionary<string, PartStats> stats)
    {
        foreach (var (part, s) in stats.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"{kind}\t{part}\t{s.Format()}");
        }
    }

    private static void WriteAffixes(StreamWriter writer, string kind, Dictionary<string, AffixStats> stats)
    {
        foreach (var (affix, s) in stats.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"{kind}\t{affix}\t{s.Format()}");
        }
    }

    /// <summary>
    /// The spellings of every word, and of every group of words that news also wrote with a half-space or whose
    /// two words are a productive part and its partner (so that how often such a pair was written apart is known).
    /// </summary>
    private Dictionary<string, Dictionary<string, int>> CountSpellings(PartTables parts)
    {
        var entries = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (form, count) in forms)
        {
            var key = form.Replace("\u200C", "");
            if (key.Length < Spelling.MaxKeyLength)
            {
                Spellings(entries, key)[form] = count;
            }
        }

        var compounds = entries.Where(e => e.Value.Keys.Any(f => f.Length != e.Key.Length))
            .Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var window = new StringBuilder();
        foreach (var text in texts)
        {
            foreach (var run in WordTokens.Runs(text))
            {
                for (var i = 0; i < run.Count; i++)
                {
                    window.Clear();
                    for (var n = 0; n < MaxWindow && i + n < run.Count; n++)
                    {
                        if (n > 0)
                        {
                            window.Append(' ');
                        }

                        window.Append(text, run[i + n].Start, run[i + n].End - run[i + n].Start);
                        var key = window.ToString().Replace("\u200C", "").Replace(" ", "");
                        if (n > 0 && (compounds.Contains(key) || (n == 1 && key.Length < Spelling.MaxKeyLength && ProductivePair(text, run[i], run[i + 1], parts))))
                        {
                            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(Spellings(entries, key), window.ToString(), out _);
                            count++;
                        }
                    }
                }
            }
        }

        return entries;
    }

    /// <summary>Two words without half-spaces, the first a productive head or the second a productive tail.</summary>
    private static bool ProductivePair(string text, (int Start, int End) left, (int Start, int End) right, PartTables parts)
    {
        var head = text.AsSpan(left.Start, left.End - left.Start);
        var tail = text.AsSpan(right.Start, right.End - right.Start);
        return !head.Contains(ArabicScript.Zwnj) && !tail.Contains(ArabicScript.Zwnj) && parts.Productive(head, tail);
    }

    private static Dictionary<string, int> Spellings(Dictionary<string, Dictionary<string, int>> entries, string key)
    {
        if (!entries.TryGetValue(key, out var spellings))
        {
            spellings = new Dictionary<string, int>(StringComparer.Ordinal);
            entries[key] = spellings;
        }

        return spellings;
    }
}
