using System.Text.Json;
using Khabar.Persian.Normalization;
using Khabar.Testing;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>Random input never throws, and normalizing twice changes nothing more than normalizing once.</summary>
public sealed class RobustnessTests
{
    private const string PersianAlphabet =
        "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآئءؤأإةۀيكـًٌٍَُِّْٰ۰۱۲۳۴۵۶۷۸۹0123456789٫٬.,:؛،؟!«»()\"' \u200C\u200C\u200C\u200B\u200E\u00AC&;#x\n";

    [Fact]
    public void RandomCharactersNeverThrow()
    {
        var random = new Random(20240330);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 65536);
            }

            var text = new string(chars);
            var once = PersianNormalizer.Default.Normalize(text);
            _ = new PersianNormalizer(new NormalizerOptions { DigitScript = DigitScript.Ascii, KeepDiacritics = true, Guillemets = true }).Normalize(text);
            Assert.NotNull(once);
        }
    }

    [Fact]
    public void RandomPersianIsStable()
    {
        var random = new Random(1403);
        foreach (var normalizer in Normalizers())
        {
            for (var n = 0; n < 5000; n++)
            {
                var chars = new char[random.Next(0, 60)];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = PersianAlphabet[random.Next(PersianAlphabet.Length)];
                }

                var once = normalizer.Normalize(new string(chars));
                Assert.Equal(once, normalizer.Normalize(once));
            }
        }
    }

    [Fact]
    public void RandomWordSequencesAreStable()
    {
        string[] words = ["می", "شود", "کتاب", "ها", "های", "بین", "الملل", "تازه", "ترین", "میدانی", "و", "بی", "سابقه",
            "کرده", "اند", "میشود", "بیانیهای", "نسلکشی", "این", "که", "سه", "شنبه", "ای", "۱۲", "رئیس", "جمهور", "،"];
        var random = new Random(7);
        for (var n = 0; n < 5000; n++)
        {
            var text = string.Join(random.Next(4) == 0 ? "\u200C" : " ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            var once = PersianNormalizer.Default.Normalize(text);
            Assert.True(once == PersianNormalizer.Default.Normalize(once), $"not stable: {text} -> {once} -> {PersianNormalizer.Default.Normalize(once)}");
        }
    }

    [SkippableFact]
    public void NewsBodiesAreStable()
    {
        var path = Repo.Shared("data", "news", "isna-5cat", "isna_5cat.jsonl");
        foreach (var line in File.ReadLines(path).Where((_, i) => i % 25 == 0))
        {
            var body = JsonDocument.Parse(line).RootElement.GetProperty("body").GetString()!;
            var once = PersianNormalizer.Default.Normalize(body);
            Assert.Equal(once, PersianNormalizer.Default.Normalize(once));
            var glued = PersianNormalizer.Default.Normalize(body.Replace("\u200C", ""));
            Assert.Equal(glued, PersianNormalizer.Default.Normalize(glued));
            var spaced = PersianNormalizer.Default.Normalize(body.Replace('\u200C', ' '));
            Assert.Equal(spaced, PersianNormalizer.Default.Normalize(spaced));
        }
    }

    [Fact]
    public void ManyThreadsShareOneNormalizer()
    {
        var normalizer = new PersianNormalizer();
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = normalizer.Normalize("کتاب ها و بیانیهای " + i));
        Assert.All(results, r => Assert.StartsWith("کتاب‌ها و بیانیه‌ای", r));
    }

    private static IEnumerable<PersianNormalizer> Normalizers()
    {
        yield return PersianNormalizer.Default;
        yield return new PersianNormalizer(new NormalizerOptions { DigitScript = DigitScript.Ascii, Guillemets = true });
        yield return new PersianNormalizer(new NormalizerOptions { KeepDiacritics = true, HehYeh = HehYehMode.HamzaAbove, FoldTehMarbuta = true });
        yield return new PersianNormalizer(new NormalizerOptions { HehYeh = HehYehMode.FoldToHeh, FoldHamzaAlef = true, HalfSpace = false });
    }
}
