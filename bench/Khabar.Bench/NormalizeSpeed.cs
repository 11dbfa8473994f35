using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Khabar.Persian.Normalization;

namespace Khabar.Bench;

/// <summary>`normalize-speed`: the normalizer over the 7,500 ISNA bodies, next to a plain 64K-table character map.</summary>
internal static class NormalizeSpeed
{
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<NormalizeBenchmarks>(config, args);
        Console.WriteLine($"input: {NormalizeBenchmarks.LoadBodies().Length} ISNA bodies (kept: as written; deleted: every half-space deleted; spaced: every half-space a space)");
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is null)
            {
                continue;
            }

            var condition = (string)report.BenchmarkCase.Parameters["Condition"];
            var megabytes = NormalizeBenchmarks.InCondition(NormalizeBenchmarks.LoadBodies(), condition).Sum(b => Encoding.UTF8.GetByteCount(b)) / 1e6;
            var seconds = report.ResultStatistics.Mean / 1e9;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            Console.WriteLine($"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name,-12} {condition,-8} {megabytes / seconds,8:0.0} MB/s per core  {allocated / megabytes / 1e6,8:0.00} bytes allocated per input byte ({allocated / megabytes / 1e6 * 1e6:0} per MB)");
        }

        return 0;
    }
}

/// <summary>The benchmark cases: one pass over every body per operation.</summary>
[MemoryDiagnoser]
public class NormalizeBenchmarks
{
    private static string[]? bodies;
    private readonly PersianNormalizer normalizer = new();
    private readonly char[] table = BuildTable();
    private string[] input = [];

    /// <summary>The ways the bodies are given: as written, every half-space deleted, every one turned into a space.</summary>
    public static IEnumerable<string> ConditionNames => ["kept", "deleted", "spaced"];

    /// <summary>The condition of this run.</summary>
    [ParamsSource(nameof(ConditionNames))]
    public string Condition { get; set; } = "kept";

    /// <summary>The ISNA bodies, read once.</summary>
    public static string[] LoadBodies() => bodies ??= NewsCorpus.IsnaBodies().ToArray();

    /// <summary>The bodies in one condition.</summary>
    public static string[] InCondition(string[] texts, string condition) => condition switch
    {
        "kept" => texts,
        "deleted" => texts.Select(b => b.Replace("\u200C", "", StringComparison.Ordinal)).ToArray(),
        "spaced" => texts.Select(b => b.Replace('\u200C', ' ')).ToArray(),
        _ => throw new ArgumentException($"unknown condition '{condition}' (kept, deleted or spaced)", nameof(condition)),
    };

    /// <summary>Loads the data and the lexicon before timing.</summary>
    [GlobalSetup]
    public void Setup()
    {
        input = InCondition(LoadBodies(), Condition);
        normalizer.Normalize("می شود");
    }

    /// <summary>The baseline: every character through a 64K table into a new string.</summary>
    [Benchmark(Baseline = true)]
    public int CharMap() => Map(input);

    /// <summary>Every character of the texts through a 64K table into new strings.</summary>
    public int Map(string[] texts)
    {
        var total = 0;
        foreach (var body in texts)
        {
            total += string.Create(body.Length, (body, table), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = state.table[state.body[i]];
                }
            }).Length;
        }

        return total;
    }

    /// <summary>The normalizer with the default options (half-space repair on).</summary>
    [Benchmark]
    public int Normalize()
    {
        var total = 0;
        foreach (var body in input)
        {
            total += normalizer.Normalize(body).Length;
        }

        return total;
    }

    private static char[] BuildTable()
    {
        var map = new char[65536];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = Khabar.Persian.Text.TextTidy.Fold((char)i);
        }

        return map;
    }
}
