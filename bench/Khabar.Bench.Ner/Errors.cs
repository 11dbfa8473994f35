using Khabar.Entities.Ner;

namespace Khabar.Bench.Ner;

/// <summary>
/// The phrase errors of a tagging, by kind: for each gold name of the main types, whether the tagger found it
/// exactly, with the wrong type, with other boundaries, or not at all; and the predicted names no gold name
/// overlaps. Prints the counts and the most frequent phrases of each kind.
/// </summary>
internal sealed class Errors
{
    private readonly Dictionary<string, Dictionary<string, int>> kinds = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> tokens, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var g = TagSpan.From(gold).Where(s => Report.Main.Contains(s.Type)).ToList();
        var p = TagSpan.From(predicted).Where(s => Report.Main.Contains(s.Type)).ToList();
        foreach (var s in g)
        {
            var text = $"{s.Type} {string.Join(' ', tokens.Skip(s.Start).Take(s.End - s.Start))}";
            var kind = p.Contains(s) ? "exact"
                : p.Any(o => o.Start == s.Start && o.End == s.End) ? "wrong type"
                : p.Any(o => o.Start < s.End && s.Start < o.End && o.Type == s.Type) ? (p.Any(o => o.Start <= s.Start && o.End >= s.End && o.Type == s.Type) ? "too long" : "too short or shifted")
                : p.Any(o => o.Start < s.End && s.Start < o.End) ? "other boundaries and type"
                : "missed";
            Count($"{s.Type}: {kind}", text);
        }

        foreach (var s in p.Where(o => !g.Any(x => x.Start < o.End && o.Start < x.End)))
        {
            Count($"{s.Type}: spurious", $"{s.Type} {string.Join(' ', tokens.Skip(s.Start).Take(s.End - s.Start))}");
        }
    }

    private void Count(string kind, string text)
    {
        var byText = kinds.TryGetValue(kind, out var k) ? k : kinds[kind] = new Dictionary<string, int>(StringComparer.Ordinal);
        byText[text] = byText.GetValueOrDefault(text) + 1;
    }

    public void Print(TextWriter writer, int examples = 25)
    {
        foreach (var (kind, byText) in kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"{kind}: {byText.Values.Sum()} ({byText.Count} distinct)");
            if (!kind.EndsWith("exact", StringComparison.Ordinal))
            {
                writer.WriteLine("    " + string.Join(" | ", byText.OrderByDescending(t => t.Value).Take(examples).Select(t => $"{t.Key} ×{t.Value}")));
            }
        }
    }
}
