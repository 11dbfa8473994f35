using System.Diagnostics;
using Khabar.Archive;
using Khabar.Archive.Search;
using Khabar.Archive.Store;
using Khabar.Model;
using Lucene.Net.QueryParsers.Classic;

namespace Khabar.Bench.Archive;

/// <summary>
/// Known-item search over the real articles: titles and 3–6 word title spans as queries, in several spellings,
/// against the corpus as written and with every half-space deleted; Khabar and stock PersianAnalyzer, same run.
/// </summary>
internal static class KnownItem
{
    /// <summary>How many known items are sampled unless told otherwise.</summary>
    public const int DefaultQueries = 1000;

    /// <summary>
    /// Runs the bench with <paramref name="count"/> sampled known items (every title when null), on both corpora or
    /// only on <paramref name="only"/> (<c>written</c> or <c>glued</c>), all cells or only those numbered in
    /// <paramref name="pick"/> (from 1, in the order of the table); the queries are the same either way.
    /// </summary>
    public static void Run(string root, int? count, string? only = null, IReadOnlySet<int>? pick = null)
    {
        var clock = Stopwatch.StartNew();
        var articles = Corpus.Load(root).Where(a => a.Title is not null).ToList();
        var glued = articles.Select(Glue).ToList();
        foreach (var article in articles.Concat(glued))
        {
            Identities[ArticleIdentity.ContentHash(article)] = ArticleIdentity.Of(article);
        }
        Console.WriteLine($"{articles.Count:N0} articles with titles ({clock.Elapsed.TotalSeconds:0} s to read)");
        var titles = articles.CountBy(a => a.Title!).ToDictionary();
        UniqueTitles.UnionWith(articles.Where(a => titles[a.Title!] == 1).Select(ArticleIdentity.ContentHash));

        var random = new Random(20240330);
        var sample = articles.Where(a => a.Title!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            .OrderBy(_ => random.Next()).Take(count ?? int.MaxValue).ToList();
        Console.WriteLine(count is null
            ? $"{sample.Count:N0} known items: every title of three words or more (seed 20240330 for the variants)"
            : $"{sample.Count:N0} known items sampled (seed 20240330)");
        Console.WriteLine();
        Console.WriteLine("| corpus | queries | Khabar MRR@10 | R@1 | R@10 | stock MRR@10 | R@1 | R@10 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");

        foreach (var (corpusName, corpus) in new[] { ("as written", articles), ("half-spaces deleted", glued) })
        {
            // Every cell's queries are drawn first, so that the seeded variants are the same whichever corpus runs.
            var cells = Cells(corpusName, sample, random);
            if (only is not null && only != (corpus == articles ? "written" : "glued"))
            {
                continue;
            }

            using var temp = new TempFolder();
            using var archive = KhabarArchive.Open(temp.Path);
            archive.Ingest(corpus.Select(ItemResult.Ok), "known-item bench");
            using var stock = new StockIndex(corpus);
            var searcher = archive.Searcher();
            for (var c = 0; c < cells.Count; c++)
            {
                if (pick is null || pick.Contains(c + 1))
                {
                    Report(corpusName, cells[c].Name, cells[c].Queries, searcher, stock);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("The same cells without the known items whose title another article has word for word (a title query cannot tell");
        Console.WriteLine("those apart), and, over all the cell's queries, how often one system ranks the known item higher than the other:");
        Console.WriteLine();
        Console.WriteLine("| corpus | queries | unique titles | Khabar MRR@10 | stock MRR@10 | Khabar ranks it higher | stock ranks it higher |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Paired.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"time per query (top 10, no snippets), {KhabarTimes.Count:N0} queries each: Khabar {Times(KhabarTimes)}; stock {Times(StockTimes)}");
        Console.WriteLine($"({clock.Elapsed.TotalSeconds:0} s in all)");
    }

    /// <summary>The cells of one corpus: title variants (all of them on the corpus as written), spans, lost half-spaces.</summary>
    private static List<(string Name, List<(string Target, string Text)> Queries)> Cells(string corpusName, List<Article> sample, Random random)
    {
        var cells = new List<(string, List<(string, string)>)>();
        var variants = corpusName == "as written" ? QueryVariants.Names : ["as written"];
        foreach (var variant in variants)
        {
            cells.Add(("titles, " + variant, sample.Select(a => (ArticleIdentity.ContentHash(a), QueryVariants.Apply(variant, a.Title!, random))).ToList()));
        }

        cells.Add(("title spans (3–6 words)", sample.Select(a => (ArticleIdentity.ContentHash(a), Span(a.Title!, random))).ToList()));
        var withHalfSpace = sample.Where(a => a.Title!.Contains(QueryVariants.HalfSpace)).ToList();
        cells.Add(("titles with a half-space, one side lost it", corpusName == "as written"
            ? withHalfSpace.Select(a => (ArticleIdentity.ContentHash(a), QueryVariants.Glued(a.Title!))).ToList()
            : withHalfSpace.Select(a => (ArticleIdentity.ContentHash(a), a.Title!)).ToList()));
        return cells;
    }

    private static void Report(string corpus, string name, List<(string Target, string Text)> queries,
        ArchiveSearcher searcher, StockIndex stock)
    {
        // The archive keeps one article per identity (a later version replaces an earlier one), so a hit on the
        // target's identity is the known item; the stock index keeps every record, so there it is the content hash.
        var ours = Ranks(queries.Select(q => (Identities[q.Target], q.Text)).ToList(), q => Khabar(searcher, q), KhabarTimes);
        var theirs = Ranks(queries, stock.Search, StockTimes);
        var (mrr, r1, r10) = Score(ours);
        var (stockMrr, stockR1, stockR10) = Score(theirs);
        Console.WriteLine($"| {corpus} | {name} (n={queries.Count}) | {mrr:0.0000} | {r1:0.000} | {r10:0.000} | {stockMrr:0.0000} | {stockR1:0.000} | {stockR10:0.000} |");

        var unique = Enumerable.Range(0, queries.Count).Where(i => UniqueTitles.Contains(queries[i].Target)).ToList();
        var (higher, lower) = (0, 0);
        for (var i = 0; i < queries.Count; i++)
        {
            var (k, st) = (Reciprocal(ours[i]), Reciprocal(theirs[i]));
            higher += k > st ? 1 : 0;
            lower += k < st ? 1 : 0;
        }

        Paired.Add($"| {corpus} | {name} | {unique.Count} | {Score([.. unique.Select(i => ours[i])]).Mrr:0.0000} | {Score([.. unique.Select(i => theirs[i])]).Mrr:0.0000} | {higher} | {lower} |");
        Console.Error.WriteLine($"paired {Paired[^1]}");
    }

    private static readonly HashSet<string> UniqueTitles = [];

    private static readonly List<string> Paired = [];

    private static double Reciprocal(int rank) => rank >= 0 ? 1.0 / (rank + 1) : 0;

    private static List<string> Khabar(ArchiveSearcher searcher, string text)
    {
        var (response, _) = searcher.Search(new SearchRequest(QueryParserBase.Escape(text)) { Limit = 10, Snippets = false });
        return response?.Hits.Select(h => ArticleIdentity.Of(h.Article)).ToList() ?? [];
    }

    private static readonly Dictionary<string, string> Identities = [];

    private static readonly List<double> KhabarTimes = [];
    private static readonly List<double> StockTimes = [];

    private static string Times(List<double> times)
    {
        times.Sort();
        return $"median {times[times.Count / 2]:0.00} ms, p99 {times[(int)(times.Count * 0.99)]:0.00} ms";
    }

    /// <summary>The known item's rank in each query's top ten (−1 when it is not there).</summary>
    private static List<int> Ranks(List<(string Target, string Text)> queries, Func<string, List<string>> search, List<double> times)
    {
        var ranks = new List<int>(queries.Count);
        foreach (var (target, text) in queries)
        {
            var started = Stopwatch.GetTimestamp();
            var results = search(text);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var rank = results.IndexOf(target);
            if (rank != 0 && Environment.GetEnvironmentVariable("KHABAR_BENCH_DEBUG") == "1")
            {
                Console.Error.WriteLine($"miss rank {rank}: {text} | target {target} | top {string.Join(", ", results.Take(3))}");
            }

            ranks.Add(rank);
        }

        return ranks;
    }

    private static (double Mrr, double R1, double R10) Score(List<int> ranks)
    {
        var n = Math.Max(1, ranks.Count);
        return (ranks.Sum(Reciprocal) / n, ranks.Count(r => r == 0) / (double)n, ranks.Count(r => r >= 0) / (double)n);
    }

    private static string Span(string title, Random random)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var length = Math.Min(words.Length, random.Next(3, 7));
        var start = random.Next(0, words.Length - length + 1);
        return string.Join(' ', words.Skip(start).Take(length));
    }

    private static Article Glue(Article a) => a with
    {
        Title = a.Title is null ? null : QueryVariants.Glued(a.Title),
        Lead = a.Lead is null ? null : QueryVariants.Glued(a.Lead),
        Kicker = a.Kicker is null ? null : QueryVariants.Glued(a.Kicker),
        Paragraphs = a.Paragraphs.Select(QueryVariants.Glued).ToList(),
    };
}
