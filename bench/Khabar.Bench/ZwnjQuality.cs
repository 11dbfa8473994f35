using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Khabar.Persian.Normalization;

namespace Khabar.Bench;

/// <summary>
/// `zwnj-quality`: half-space restoration on the UD Persian dev sets with every half-space kept, turned into a
/// space or deleted, scored by ../shared/tools/zwnj_score.py next to Hazm's published figures.
/// </summary>
internal static class ZwnjQuality
{
    private static readonly (string Name, string File, double[] Hazm)[] Treebanks =
    [
        ("PerDT dev", "perdt-dev.txt", [0.970, 0.907, 0.589]),
        ("Seraji dev", "seraji-dev.txt", [0.961, 0.870, 0.503]),
    ];

    private static readonly string[] Modes = ["keep", "space", "delete"];

    public static int Run(string[] args)
    {
        var normalizer = new PersianNormalizer(Options(args));
        var work = Paths.Option(args, "--work", Path.Combine(Path.GetTempPath(), "khabar-zwnj"))!;
        Directory.CreateDirectory(work);
        var script = Paths.Shared("tools", "zwnj_score.py");
        Console.WriteLine($"{"treebank",-11} {"condition",-9} {"P",6} {"R",6} {"F1",6} {"split",6} {"join",6} {"Hazm F1",8}  goal");
        var allMet = true;
        foreach (var (name, file, hazm) in Treebanks)
        {
            var gold = Paths.Shared("data", "ud-fa", file);
            for (var m = 0; m < Modes.Length; m++)
            {
                var stem = Path.Combine(work, $"{Path.GetFileNameWithoutExtension(file)}-{Modes[m]}");
                File.WriteAllText(stem + ".in.txt", Python(script, $"corrupt --mode {Modes[m]}", File.ReadAllText(gold)));
                var lines = File.ReadAllText(stem + ".in.txt").Split('\n');
                var output = string.Join('\n', lines.Select(l => normalizer.Normalize(l.TrimEnd('\r'))));
                File.WriteAllText(stem + ".out.txt", output, new UTF8Encoding(false));
                using var score = JsonDocument.Parse(Python(script, $"score \"{gold}\" \"{stem}.out.txt\" --json", null));
                var r = score.RootElement;
                var f1 = r.GetProperty("f1").GetDouble();
                var goal = m switch { 0 => 0.99, 1 => 0.96, _ => 0.90 };
                allMet &= f1 >= goal;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-11} {Modes[m],-9} {r.GetProperty("precision").GetDouble(),6:0.000} {r.GetProperty("recall").GetDouble(),6:0.000} {f1,6:0.000} {r.GetProperty("split_errors").GetInt32(),6} {r.GetProperty("join_errors").GetInt32(),6} {hazm[m],8:0.000}  {(f1 >= goal ? "met" : "below")} {goal:0.00}"));
            }
        }

        Console.WriteLine($"inputs and outputs: {work}");
        return allMet ? 0 : 1;
    }

    /// <summary>Normalizer options from the command line: `--lexicon FILE`, `--tune Name=value,…` (weights).</summary>
    public static NormalizerOptions Options(string[] args)
    {
        var options = NormalizerOptions.Default;
        if (Paths.Option(args, "--lexicon") is { } path)
        {
            using var file = File.OpenRead(path);
            options = options with { Lexicon = HalfSpaceLexicon.Load(file) };
        }

        var tuning = options.Tuning with { };
        foreach (var pair in (Paths.Option(args, "--tune") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            var property = typeof(HalfSpaceTuning).GetProperty(name) ?? throw new ArgumentException($"no tuning weight {name}");
            property.SetValue(tuning, double.Parse(value, CultureInfo.InvariantCulture));
        }

        return options with { Tuning = tuning };
    }

    private static string Python(string script, string arguments, string? input)
    {
        var start = new ProcessStartInfo("python3", $"\"{script}\" {arguments}")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var reading = process.StandardOutput.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var output = reading.GetAwaiter().GetResult();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"zwnj_score.py {arguments} failed with exit code {process.ExitCode}");
        }

        return output;
    }
}
