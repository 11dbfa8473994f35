using System.Text.Json;
using Khabar.Entities;
using Khabar.Entities.Ner;
using Khabar.Entities.Training;
using Khabar.Model;

namespace Khabar.Bench.Ner;

/// <summary>
/// <c>dump</c>: the tags of every sentence of the NER corpora and every mention <see cref="EntityStage"/> finds in
/// the news articles (ISNA, Fars, Varzesh3), written to one file, so that two builds can be compared byte for byte.
/// </summary>
internal static class Dump
{
    public static int Run(string[] args)
    {
        var output = Paths.Option(args, "--out") ?? throw new ArgumentException("dump needs --out FILE");
        var path = Paths.Option(args, "--model") ?? Path.Combine(Paths.Root, "models", "ner-fa.model.gz");
        var model = NerModelStore.Load(path);

        var data = Paths.Data(args);
        var corpora = new NerCorpora(data);
        using var writer = new StreamWriter(output) { NewLine = "\n" };
        var sentences = 0;
        foreach (var (name, set) in new (string, IReadOnlyList<TrainingSentence>)[]
                 {
                     ("peyma-dev", corpora.Peyma("dev")), ("peyma-train", corpora.Peyma("train")), ("arman-1", corpora.Arman(1, test: true)),
                     ("arman-2", corpora.Arman(2, test: true)), ("arman-3", corpora.Arman(3, test: true)), ("arman-train-1", corpora.Arman(1, test: false)),
                     ("parstwiner-test", corpora.ParsTwiner("test")),
                 })
        {
            var tagged = model.TagDocument(set.Select(s => s.Sentence.Tokens).ToList());
            for (var i = 0; i < set.Count; i++)
            {
                writer.WriteLine($"{name}:{i}\t{string.Join(' ', tagged[i])}");
                sentences++;
            }
        }

        var stage = new EntityStage(model);
        var articles = 0;
        var mentions = 0;
        foreach (var article in Articles(data))
        {
            foreach (var m in stage.Find(article))
            {
                writer.WriteLine($"{article.Source}\t{m.Field}\t{m.Start}\t{m.End}\t{m.Type}\t{m.Text}\t{m.CanonicalId}\t{m.CanonicalName}\t{m.Role}\t{m.English}");
                mentions++;
            }

            articles++;
        }

        Console.WriteLine($"dump: {sentences} corpus sentences, {articles} articles, {mentions} mentions -> {output}");
        return 0;
    }

    private static IEnumerable<Article> Articles(string data)
    {
        var line = 0;
        foreach (var text in File.ReadLines(Path.Combine(data, "news", "isna-5cat", "isna_5cat.jsonl")))
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(text);
            var body = doc.RootElement.GetProperty("body").GetString() ?? "";
            yield return new Article
            {
                Source = "isna:" + line, Title = doc.RootElement.GetProperty("title").GetString(),
                Paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            };
        }

        foreach (var (folder, stem) in new[] { ("langml-farsnews", "fars-news"), ("langml-varzesh3", "varzesh3") })
        {
            for (var part = 1; part <= 5; part++)
            {
                var file = Path.Combine(data, "news", folder, $"{stem}-{part}.json");
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                var index = 0;
                foreach (var item in doc.RootElement.EnumerateArray())
                {
                    index++;
                    yield return new Article
                    {
                        Source = $"{stem}-{part}:{index}", Title = Text(item, "title"), Lead = Text(item, "abstract"),
                        Paragraphs = item.TryGetProperty("paragraphs", out var p) && p.ValueKind == JsonValueKind.Array
                            ? p.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() ?? "" : "").Where(x => x.Length > 0).ToList()
                            : [],
                    };
                }
            }
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
