using System.Diagnostics;
using Khabar.Archive.Dedup;
using Khabar.Model;

namespace Khabar.Bench.Dedup;

/// <summary>
/// Precision and recall of duplicate pairs on a seeded set: every ISNA article (same-topic distinct articles, five
/// categories) plus republished copies of 1,500 of them, undated and then dated (copies within days of their
/// original); then the exact duplicate bodies in Fars and Varzesh3.
/// </summary>
internal static class Quality
{
    public static void Run(string root)
    {
        var all = NewsSets.Isna(root);
        var copiesInData = SourceCopies.Find(all.Select(x => x.Article).ToList());
        Console.WriteLine($"ISNA: {all.Count:N0} articles, {copiesInData.Count:N0} of them copies of an earlier ISNA article (half their sentences or more); left out");
        var isna = all.Where((_, i) => !copiesInData.Contains(i)).ToList();
        var variants = new Variants(seed: 8);
        var random = new Random(8);
        var articles = isna.Select(x => Variants.Original(x.Article)).ToList();
        var family = Enumerable.Range(0, articles.Count).ToList();
        var changes = new List<(int Index, List<string> Changes)>();
        foreach (var i in Enumerable.Range(0, isna.Count).Where(i => isna[i].Article.Paragraphs.Count > 0).OrderBy(_ => random.Next()).Take(1500).Order())
        {
            for (var copies = random.Next(1, 3); copies > 0; copies--)
            {
                var (copy, made) = variants.Of(articles[i]);
                changes.Add((articles.Count, made));
                articles.Add(copy);
                family.Add(i);
            }
        }

        var watch = Stopwatch.StartNew();
        var groups = Group(articles);
        Console.WriteLine($"ISNA set: {isna.Count:N0} articles + {articles.Count - isna.Count:N0} republished copies, grouped in {watch.Elapsed.TotalSeconds:F1} s");

        var (gold, predicted, truePairs, falsePairs) = Pairs(groups, family);
        var groupOf = groups.SelectMany(g => g.Value.Select(m => (m, g.Key))).ToDictionary(x => x.m, x => x.Key);
        Console.WriteLine();
        Console.WriteLine("| measure | value |\n|---|---|");
        Console.WriteLine($"| gold duplicate pairs | {gold:N0} |\n| predicted pairs | {predicted:N0} |\n| correct pairs | {truePairs:N0} |");
        Console.WriteLine($"| precision | {(double)truePairs / Math.Max(1, predicted):F4} |\n| recall | {(double)truePairs / Math.Max(1, gold):F4} |");
        Console.WriteLine();
        Console.WriteLine("| change in the copy | copies | grouped with original | recall |\n|---|---|---|---|");
        foreach (var change in changes.SelectMany(c => c.Changes).Distinct())
        {
            var with = changes.Where(c => c.Changes.Contains(change)).ToList();
            var found = with.Count(c => groupOf[c.Index] == groupOf[family[c.Index]]);
            Console.WriteLine($"| {change} | {with.Count:N0} | {found:N0} | {(double)found / with.Count:F4} |");
        }

        var fingerprinter = new Fingerprinter();
        var reasons = falsePairs.Select(p => (p, A: fingerprinter.Of(articles[p.Item1]), B: fingerprinter.Of(articles[p.Item2])))
            .Select(x => (x.p, x.A, x.B, J: x.A.Jaccard(x.B))).ToList();
        Console.WriteLine($"false pairs: {falsePairs.Count}; exact {reasons.Count(r => r.A.ExactHash == r.B.ExactHash)}, " +
            $"Jaccard ≥ 0.5: {reasons.Count(r => r.J >= 0.5)}, by containment: {reasons.Count(r => r.J < 0.5)}, not similar themselves (chained): " +
            $"{reasons.Count(r => r.A.ExactHash != r.B.ExactHash && r.J < 0.3)}");
        var goldJ = changes.Select(c => (A: fingerprinter.Of(articles[c.Index]), B: fingerprinter.Of(articles[family[c.Index]])))
            .Select(x => (J: x.A.Jaccard(x.B), C: x.A.Containment(x.B, x.A.Jaccard(x.B)))).ToList();
        string Quantiles(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return string.Join(" ", new[] { 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9 }.Select(q => $"{q:P0}:{sorted[(int)(q * (sorted.Length - 1))]:F2}"));
        }

        Console.WriteLine($"copy~original Jaccard quantiles {Quantiles(goldJ.Select(g => g.J))}");
        Console.WriteLine($"copy~original containment quantiles {Quantiles(goldJ.Select(g => g.C))}");
        if (reasons.Count > 0)
        {
            Console.WriteLine($"false pairs Jaccard quantiles {Quantiles(reasons.Select(r => r.J))}");
            Console.WriteLine($"false pairs containment quantiles {Quantiles(reasons.Select(r => r.A.Containment(r.B, r.J)))}");
        }

        foreach (var (p, a, b, j) in reasons.Take(12))
        {
            Console.WriteLine($"false pair: {isna[family[p.Item1]].Article.SourceId} ~ {isna[family[p.Item2]].Article.SourceId}: " +
                $"J {j:F2}, containment {a.Containment(b, j):F2}, shingles {a.Shingles}/{b.Shingles}");
        }

        // The same set dated: near copies must be published within the window of each other. Originals at random
        // over a year, each copy up to three days after its original.
        var dates = new Random(9);
        var dated = articles.ToList();
        var start = new DateTimeOffset(2024, 3, 20, 0, 0, 0, TimeSpan.FromHours(3.5));
        for (var i = 0; i < isna.Count; i++)
        {
            dated[i] = dated[i] with { Published = start.AddMinutes(dates.Next(365 * 1440)) };
        }

        for (var i = isna.Count; i < dated.Count; i++)
        {
            dated[i] = dated[i] with { Published = dated[family[i]].Published!.Value.AddMinutes(dates.Next(3 * 1440)) };
        }

        var (datedGold, datedPredicted, datedTrue, _) = Pairs(Group(dated), family);
        Console.WriteLine();
        Console.WriteLine($"dated (originals at random over a year, copies up to 3 days later): gold pairs {datedGold:N0}, predicted {datedPredicted:N0}, " +
            $"correct {datedTrue:N0}; precision {(double)datedTrue / Math.Max(1, datedPredicted):F4}, recall {(double)datedTrue / Math.Max(1, datedGold):F4}");

        ExactBodies(root, "langml-farsnews");
        ExactBodies(root, "langml-varzesh3");
    }

    /// <summary>Gold pairs (same family), predicted pairs (same group), the correct ones, and the wrong ones.</summary>
    private static (long Gold, long Predicted, long True, List<(int, int)> False) Pairs(Dictionary<long, List<int>> groups, List<int> family)
    {
        long truePairs = 0, predicted = 0, gold = family.GroupBy(f => f).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        var falsePairs = new List<(int, int)>();
        foreach (var members in groups.Values.Where(m => m.Count > 1))
        {
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    predicted++;
                    if (family[members[a]] == family[members[b]]) truePairs++;
                    else falsePairs.Add((members[a], members[b]));
                }
            }
        }

        return (gold, predicted, truePairs, falsePairs);
    }

    private static void ExactBodies(string root, string set)
    {
        var articles = NewsSets.LangMl(root, set);
        var groups = Group(articles);
        var groupOf = groups.SelectMany(g => g.Value.Select(m => (m, g.Key))).ToDictionary(x => x.m, x => x.Key);
        var same = Enumerable.Range(0, articles.Count).GroupBy(i => string.Join('\n', articles[i].Paragraphs)).Where(g => g.Count() > 1).ToList();
        // A body with no letters ("." in 13 Fars records) is no copy of anything; it is listed, not counted.
        var empty = same.Where(g => Fingerprinter.FoldedCopy(articles[g.First()]).Length == 0).ToList();
        var real = same.Except(empty).ToList();
        var grouped = real.Count(g => g.Select(i => groupOf[i]).Distinct().Count() == 1);
        var extra = groups.Values.Count(m => m.Count > 1) - grouped;
        Console.WriteLine($"{set}: {articles.Count:N0} records; {grouped} of {real.Count} sets of identical bodies grouped whole " +
            $"({real.Sum(g => g.Count())} records); {empty.Count} set(s) of empty bodies ({empty.Sum(g => g.Count())} records) left alone; " +
            $"{extra} further groups of near copies");
    }

    /// <summary>Runs dedup over the articles (ids = index + 1) in batches of 500; returns every group (singletons too) → member indexes.</summary>
    private static Dictionary<long, List<int>> Group(List<Article> articles)
    {
        using var temp = new TempFolder();
        using var dedup = Deduplication.Open(Path.Combine(temp.Path, "dedup.db"));
        var sequence = 0;
        foreach (var chunk in articles.Select((a, i) => (Id: i + 1L, a)).Chunk(500))
        {
            dedup.Finder.Add(chunk, ++sequence);
        }

        var result = dedup.Store.Groups().ToDictionary(g => g.Canonical, g => g.Members.Select(m => (int)m - 1).ToList());
        var grouped = result.Values.SelectMany(m => m).ToHashSet();
        foreach (var single in Enumerable.Range(0, articles.Count).Where(i => !grouped.Contains(i)))
        {
            result[-(single + 1)] = [single];
        }

        return result;
    }
}
