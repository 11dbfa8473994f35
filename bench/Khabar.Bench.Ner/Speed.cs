using System.Diagnostics;
using Khabar.Entities.Ner;
using Khabar.Entities.Training;

namespace Khabar.Bench.Ner;

/// <summary><c>speed</c>: tokens tagged per second on one thread, with the shipped model.</summary>
internal static class Speed
{
    public static int Run(string[] args)
    {
        var path = Paths.Option(args, "--model") ?? Path.Combine(Paths.Root, "models", "ner-fa.model.gz");
        var load = Stopwatch.StartNew();
        var model = NerModelStore.Load(path);

        Console.WriteLine($"load: {load.ElapsedMilliseconds} ms");
        var corpora = new NerCorpora(Paths.Data(args));
        var sentences = corpora.Peyma("dev").Concat(corpora.Arman(1, test: true)).Select(s => s.Sentence.Tokens).ToList();
        var tokens = sentences.Sum(s => s.Count);
        model.TagDocument(sentences.Take(500).ToList());
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            // The sentences as one document, as a corpus is: with the document features when the model has them.
            var clock = Stopwatch.StartNew();
            model.TagDocument(sentences);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"speed: {tokens} tokens in {best:F2} s = {tokens / best:N0} tokens/s on one thread (best of 3)");
        ArticleSpeed.Run(model, Paths.Data(args), Paths.Option(args, "--dump"));
        return 0;
    }
}
