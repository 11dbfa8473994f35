using System.Globalization;
using System.Numerics;
using Khabar.Persian.Normalization;

namespace Khabar.Bench;

/// <summary>
/// `zwnj-bound`: how far a repair that writes what news writes can get on the UD dev sets when every half-space
/// became a space. At each visible boundary between two parts of the gold text (a half-space inside a token or a
/// space between tokens, after a joining letter and before a letter, as ../shared/tools/zwnj_score.py counts them)
/// the half-space lexicon says how news writes the two parts: with a half-space, apart, or it does not say (glued
/// only, or not known). A repair that follows news and guesses every boundary news does not decide right scores at
/// most the F1 printed: the gold half-spaces news writes apart are missed, the gold spaces news writes with a
/// half-space are wrong joins. (Glued gold words the repair might split would lower it further; they are not counted.)
/// A second table bounds the condition where every half-space was deleted, word by word (<see cref="Deleted"/>).
/// </summary>
internal static class ZwnjBound
{
    public static int Run(string[] args)
    {
        var lexicon = HalfSpaceLexicon.Default;
        Console.WriteLine($"{"treebank",-11} {"gold half",10} {"news half",10} {"news apart",11} {"news silent",12} {"gold space, news half",22} {"F1 ceiling",11}");
        foreach (var (name, file) in new[] { ("PerDT dev", "perdt-dev.txt"), ("Seraji dev", "seraji-dev.txt") })
        {
            long agree = 0, apart = 0, silent = 0, wrongJoin = 0;
            foreach (var line in File.ReadLines(Paths.Shared("data", "ud-fa", file)))
            {
                var units = new List<(string Text, bool HalfBefore)>();
                foreach (var token in line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var parts = token.Split(ArabicScript.Zwnj);
                    units.AddRange(parts.Select((p, k) => (p, k > 0)));
                }

                for (var i = 1; i < units.Count; i++)
                {
                    var (left, (right, half)) = (units[i - 1].Text, units[i]);
                    if (left.Length == 0 || right.Length == 0 || !ArabicScript.JoinsNext(left[^1]) || !ArabicScript.IsLetter(right[0]))
                    {
                        continue;
                    }

                    var news = News(lexicon, left, right);
                    (agree, apart, silent, wrongJoin) = (half, news) switch
                    {
                        (true, true) => (agree + 1, apart, silent, wrongJoin),
                        (true, false) => (agree, apart + 1, silent, wrongJoin),
                        (true, null) => (agree, apart, silent + 1, wrongJoin),
                        (false, true) => (agree, apart, silent, wrongJoin + 1),
                        _ => (agree, apart, silent, wrongJoin),
                    };
                }
            }

            var tp = agree + silent;
            var f1 = 2.0 * tp / (2 * tp + apart + wrongJoin);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-11} {agree + apart + silent,10} {agree,10} {apart,11} {silent,12} {wrongJoin,22} {f1,11:0.000}"));
        }

        Console.WriteLine();
        Console.WriteLine("every half-space deleted: each gold word written as news most often writes its letters");
        Console.WriteLine($"{"treebank",-11} {"gold half",10} {"news half",10} {"news other",11} {"news silent",12} {"gold glued, news half",22} {"F1 ceiling",11}");
        foreach (var (name, file) in new[] { ("PerDT dev", "perdt-dev.txt"), ("Seraji dev", "seraji-dev.txt") })
        {
            var (agree, other, silent, split) = Deleted(lexicon, Paths.Shared("data", "ud-fa", file));
            var tp = agree + silent;
            var f1 = 2.0 * tp / (2 * tp + other + split);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-11} {agree + other + silent,10} {agree,10} {other,11} {silent,12} {split,22} {f1,11:0.000}"));
        }

        return 0;
    }

    /// <summary>
    /// With every half-space deleted, each gold word (a space-separated token) reads as its letters alone. A repair
    /// that writes each word's letters as news most often writes them (glued, with half-spaces, or apart) and guesses
    /// right every word news never wrote: at each visible boundary inside a gold word, the gold half-spaces news
    /// writes the same (agree) or otherwise (other, missed), those of words news is silent on (counted as found),
    /// and the half-spaces news writes where the gold word is glued (wrong splits, as Seraji's <c>ارزشها</c>).
    /// </summary>
    private static (long Agree, long Other, long Silent, long Split) Deleted(HalfSpaceLexicon lexicon, string file)
    {
        long agree = 0, other = 0, silent = 0, split = 0;
        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        foreach (var line in File.ReadLines(file))
        {
            foreach (var token in line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var length = TokenWindow.Key(token, key, out var gold, out _);
                if (length <= 1)
                {
                    continue;
                }

                var visible = 0UL;
                for (var b = 1; b < length; b++)
                {
                    visible |= ArabicScript.JoinsNext(key[b - 1]) ? 1UL << b : 0;
                }

                gold &= visible;
                if (lexicon.Find(key[..length]) is not { } entry || entry.Total == 0)
                {
                    silent += BitOperations.PopCount(gold);
                    continue;
                }

                var news = MostWritten(entry) & visible;
                agree += BitOperations.PopCount(gold & news);
                other += BitOperations.PopCount(gold & ~news);
                split += BitOperations.PopCount(news & ~gold);
            }
        }

        return (agree, other, silent, split);
    }

    // The half-spaces of the key's most frequent spelling (none when it is most often glued).
    private static ulong MostWritten(LexiconEntry entry)
    {
        var (best, half) = (entry.Glued, 0UL);
        foreach (var s in entry.Spellings)
        {
            if (s.Count > best)
            {
                (best, half) = (s.Count, s.HalfSpaces);
            }
        }

        return half;
    }

    /// <summary>True when news writes the two parts with a half-space between them at least as often as apart, false
    /// when more often apart, null when the lexicon has no such spelling of them.</summary>
    private static bool? News(HalfSpaceLexicon lexicon, string left, string right) =>
        WordSegments.Boundary(left, right, lexicon) is var (half, apart, _) && (half > 0 || apart > 0) ? half >= apart : null;
}
