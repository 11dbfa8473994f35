using Khabar.Persian.Normalization;

namespace Khabar.Bench;

/// <summary>`learn-lexicon`: the half-space lexicon learned from the clean documents of ../shared/data/news.</summary>
internal static class LearnLexicon
{
    public static int Run(string[] args)
    {
        var output = Paths.Option(args, "--out", Path.Combine(Paths.Root, "src", "Khabar.Persian", "Resources", "halfspace.lex"))!;
        var minCount = int.Parse(Paths.Option(args, "--min-count", "2")!);
        var builder = new HalfSpaceLexiconBuilder();
        var accepted = new Dictionary<string, (int Yes, int No)>();
        foreach (var (source, text) in NewsCorpus.All())
        {
            var ok = builder.Add(text);
            var (yes, no) = accepted.GetValueOrDefault(source);
            accepted[source] = ok ? (yes + 1, no) : (yes, no + 1);
        }

        foreach (var (source, (yes, no)) in accepted)
        {
            Console.WriteLine($"{source,-10} accepted {yes,6}  rejected {no,6}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        {
            builder.Write(file, minCount);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KB)");
        return 0;
    }
}
