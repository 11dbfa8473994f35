using Khabar.Bench;

return args.FirstOrDefault() switch
{
    "learn-lexicon" => LearnLexicon.Run(args[1..]),
    "zwnj-quality" => ZwnjQuality.Run(args[1..]),
    "zwnj-errors" => ZwnjErrors.Run(args[1..]),
    "zwnj-bound" => ZwnjBound.Run(args[1..]),
    "normalize-speed" => NormalizeSpeed.Run(args[1..]),
    "normalize" => NormalizeFile.Run(args[1..]),
    "speed-profile" => SpeedProfile.Run(args[1..]),
    "normalize-sample" => NormalizeSample.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Khabar.Bench <command> [options]
          learn-lexicon [--out FILE]                 learn the half-space lexicon from ../shared/data/news
          zwnj-quality [--lexicon FILE]              half-space F1 on the UD Persian dev sets next to Hazm
          zwnj-errors [--treebank perdt|seraji] [--mode keep|space|delete] [--top N]
                                                     the most frequent half-space errors by class
          zwnj-bound                                 the F1 a repair that writes as news writes can reach (spaces, deleted)
                                                     on the UD dev sets with every half-space a space
          normalize-speed [BenchmarkDotNet args]     normalizer throughput on the ISNA bodies
          normalize-sample --out FILE [--seed N] [--paragraphs N] [--articles N]
                                                     normalizer output for a seeded news sample, three ways
          normalize [--document] < in > out          normalize standard input line by line or as one text
        """);
    return 2;
}
