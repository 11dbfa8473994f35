namespace Khabar.Entities.Ner;

/// <summary>Counts for one entity type: phrases found, phrases in the gold, and exact matches.</summary>
public sealed record TypeScore(string Type, int Predicted, int Gold, int Correct)
{
    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Phrase-level (CoNLL) scoring: a phrase counts only when its type and both ends match.</summary>
public sealed class PhraseScorer
{
    private readonly Dictionary<string, int[]> counts = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence's gold and predicted tags.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var goldSpans = TagSpan.From(gold);
        var predictedSpans = TagSpan.From(predicted);
        var goldSet = goldSpans.ToHashSet();
        foreach (var span in goldSpans)
        {
            Counts(span.Type)[1]++;
        }

        foreach (var span in predictedSpans)
        {
            var c = Counts(span.Type);
            c[0]++;
            if (goldSet.Contains(span))
            {
                c[2]++;
            }
        }
    }

    /// <summary>Adds another scorer's counts to this one.</summary>
    public void Add(PhraseScorer other)
    {
        foreach (var (type, c) in other.counts)
        {
            var mine = Counts(type);
            for (var i = 0; i < 3; i++)
            {
                mine[i] += c[i];
            }
        }
    }

    /// <summary>Scores per type, in name order.</summary>
    public IReadOnlyList<TypeScore> ByType() =>
        counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new TypeScore(p.Key, p.Value[0], p.Value[1], p.Value[2])).ToList();

    /// <summary>The micro-averaged score over the given types, or over all types when none are given.</summary>
    public TypeScore Overall(params string[] types)
    {
        var chosen = ByType().Where(s => types.Length == 0 || types.Contains(s.Type)).ToList();
        return new TypeScore("overall", chosen.Sum(s => s.Predicted), chosen.Sum(s => s.Gold), chosen.Sum(s => s.Correct));
    }

    private int[] Counts(string type) => counts.TryGetValue(type, out var c) ? c : counts[type] = new int[3];
}
