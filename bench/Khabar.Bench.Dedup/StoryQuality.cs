using System.Diagnostics;
using Khabar.Archive.Dedup;
using Khabar.Entities;
using Khabar.Model;

namespace Khabar.Bench.Dedup;

/// <summary>
/// Precision and recall of story pairs on a seeded set: 2,400 distinct ISNA articles (five desks) dated at random
/// over 30 days, so each has dozens of same-desk articles inside the story window, and 1,000 of them retold by
/// other agencies one to two times within two days (<see cref="Retold"/>). Entities come from the shipped NER
/// model, as ingest with entities finds them; articles go in by publication time in batches, as a feed does.
/// Gold pairs are an original and its retellings; any other pair in one story counts as wrong, even though two
/// ISNA articles can truly report one event, so precision is a lower bound.
/// </summary>
internal static class StoryQuality
{
    private const int Originals = 2400;
    private const int Retold = 1000;

    public static void Run(string root)
    {
        var all = NewsSets.Isna(root);
        var copiesInData = SourceCopies.Find(all.Select(x => x.Article).ToList());
        var random = new Random(11);
        var picked = all.Where((x, i) => !copiesInData.Contains(i) && x.Article.Paragraphs.Count > 0)
            .OrderBy(_ => random.Next()).Take(Originals).ToList();
        var start = new DateTimeOffset(2024, 3, 20, 8, 0, 0, TimeSpan.FromHours(3.5));
        var articles = picked.Select(x => Variants.Original(x.Article) with { Published = start.AddMinutes(random.Next(30 * 1440)) }).ToList();
        var family = Enumerable.Range(0, articles.Count).ToList();
        var retold = new Retold(seed: 11);
        for (var i = 0; i < Retold; i++)
        {
            for (var n = random.Next(1, 3); n > 0; n--)
            {
                var background = picked.Where(x => x.Category != picked[i].Category).ElementAt(random.Next(Originals / 2));
                articles.Add(retold.Of(picked[i].Article, background.Article) with
                {
                    Published = articles[i].Published!.Value.AddMinutes(random.Next(60, 48 * 60)),
                });
                family.Add(i);
            }
        }

        var watch = Stopwatch.StartNew();
        var entities = new EntityStage();
        var tagged = new Article[articles.Count];
        Parallel.For(0, articles.Count, i => tagged[i] = entities.Process(articles[i]));
        Console.WriteLine($"{Originals:N0} ISNA articles over 30 days + {articles.Count - Originals:N0} retellings of {Retold:N0} of them; " +
            $"entities tagged in {watch.Elapsed.TotalSeconds:F0} s ({tagged.Average(a => a.Entities.Count):F1} per article)");

        using var temp = new TempFolder();
        using var dedup = Deduplication.Open(Path.Combine(temp.Path, "dedup.db"));
        var order = Enumerable.Range(0, tagged.Length).OrderBy(i => tagged[i].Published).ToList();
        var sequence = 0;
        foreach (var chunk in order.Chunk(200))
        {
            dedup.Add(chunk.Select(i => (i + 1L, tagged[i])).ToList(), ++sequence);
        }

        var story = Enumerable.Range(0, tagged.Length).Select(i => dedup.Stories.StoryOf(i + 1) ?? -(i + 1)).ToArray();
        var group = Enumerable.Range(0, tagged.Length).Select(i => dedup.Store.GroupOf(i + 1)?.Canonical ?? i + 1).ToArray();
        long predicted = 0, correct = 0;
        var wrong = new List<(int, int)>();
        foreach (var members in Enumerable.Range(0, tagged.Length).GroupBy(i => story[i]).Select(g => g.ToList()).Where(m => m.Count > 1))
        {
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    predicted++;
                    if (family[members[a]] == family[members[b]]) correct++;
                    else wrong.Add((members[a], members[b]));
                }
            }
        }

        var gold = family.GroupBy(f => f).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        var retellings = Enumerable.Range(Originals, tagged.Length - Originals).ToList();
        var copies = retellings.Count(i => group[i] == group[family[i]]);
        var found = retellings.Where(i => group[i] != group[family[i]]).ToList();
        Console.WriteLine();
        Console.WriteLine("| measure | value |\n|---|---|");
        Console.WriteLine($"| gold story pairs | {gold:N0} |\n| predicted pairs | {predicted:N0} |\n| correct pairs | {correct:N0} |");
        Console.WriteLine($"| precision | {(double)correct / Math.Max(1, predicted):F4} |\n| recall | {(double)correct / Math.Max(1, gold):F4} |");
        Console.WriteLine($"| retellings grouped as near copies of their original | {copies:N0} of {retellings.Count:N0} |");
        Console.WriteLine($"| retellings not near copies, in their original's story | {found.Count(i => story[i] == story[family[i]]):N0} of {found.Count:N0} |");
        Console.WriteLine($"| stories of two or more | {story.GroupBy(s => s).Count(g => g.Count() > 1):N0} |");
        foreach (var (a, b) in wrong.Take(8))
        {
            Console.WriteLine($"wrong pair: «{Show(tagged[a].Title)}» ({picked[family[a]].Category}) ~ «{Show(tagged[b].Title)}» ({picked[family[b]].Category})");
        }
    }

    private static string Show(string? title) => (title ?? "").Length > 70 ? title![..70] + "…" : title ?? "";
}
