using System.Globalization;
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

        return 0;
    }

    /// <summary>True when news writes the two parts with a half-space between them at least as often as apart, false
    /// when more often apart, null when the lexicon has no such spelling of them.</summary>
    private static bool? News(HalfSpaceLexicon lexicon, string left, string right) =>
        WordSegments.Boundary(left, right, lexicon) is var (half, apart, _) && (half > 0 || apart > 0) ? half >= apart : null;
}
