using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Khabar.Persian.Normalization;
using Khabar.Testing;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>The cases in NormalizerCases.txt: real sentences with what each option set must make of them.</summary>
public sealed partial class NormalizerCaseTests
{
    private static readonly Dictionary<string, PersianNormalizer> Profiles = new()
    {
        ["default"] = PersianNormalizer.Default,
        ["ascii"] = new(new NormalizerOptions { DigitScript = DigitScript.Ascii }),
        ["keep-digits"] = new(new NormalizerOptions { DigitScript = DigitScript.Keep }),
        ["no-halfspace"] = new(new NormalizerOptions { HalfSpace = false }),
        ["diacritics"] = new(new NormalizerOptions { KeepDiacritics = true }),
        ["guillemets"] = new(new NormalizerOptions { Guillemets = true }),
        ["teh"] = new(new NormalizerOptions { FoldTehMarbuta = true }),
        ["heh-fold"] = new(new NormalizerOptions { HehYeh = HehYehMode.FoldToHeh }),
        ["heh-hamza"] = new(new NormalizerOptions { HehYeh = HehYehMode.HamzaAbove }),
        ["alef"] = new(new NormalizerOptions { FoldHamzaAlef = true }),
    };

    /// <summary>Every case of the file as (line number, input, expected, profile).</summary>
    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        var lines = File.ReadAllLines(Repo.File("tests", "Khabar.Persian.Tests", "Normalization", "NormalizerCases.txt"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            data.Add(i + 1, Unescape(fields[0]), Unescape(fields[1]), fields.Length > 2 ? fields[2] : "default");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NormalizesAsExpected(int line, string input, string expected, string profile)
    {
        var normalizer = Profiles[profile];
        var actual = normalizer.Normalize(input);
        Assert.True(expected == actual, $"line {line} ({profile}):\nexpected {Show(expected)}\nactual   {Show(actual)}");
        Assert.Equal(actual, normalizer.Normalize(actual));
    }

    private static string Unescape(string text) =>
        Escape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber)).ToString());

    private static string Show(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is '\u200C' or < ' ' or (>= '\u200B' and <= '\u200F') or '\u00A0' or '\uFEFF' ? $"\\u{(int)c:x4}" : c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex Escape();
}
