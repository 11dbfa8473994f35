using System.Text;
using Khabar.Persian.Normalization;

namespace Khabar.Bench;

/// <summary>
/// `zwnj-errors`: the most frequent half-space errors on the UD dev sets, per treebank and condition, grouped by
/// kind (missed, wrong, split, join) and by the part after or before the boundary. Boundaries and labels follow
/// ../shared/tools/zwnj_score.py (only visible boundaries, after a joining letter and before a letter). For
/// looking at classes of errors; tuning to single sentences would overfit the measurement.
/// </summary>
internal static class ZwnjErrors
{
    public static int Run(string[] args)
    {
        var top = int.Parse(Paths.Option(args, "--top", "25")!);
        var only = Paths.Option(args, "--treebank");
        var mode = Paths.Option(args, "--mode");
        var normalizer = new PersianNormalizer(ZwnjQuality.Options(args));
        foreach (var treebank in new[] { "perdt", "seraji" }.Where(t => only is null || t == only))
        {
            var gold = File.ReadAllLines(Paths.Shared("data", "ud-fa", $"{treebank}-dev.txt"));
            foreach (var condition in new[] { "keep", "space", "delete" }.Where(m => mode is null || m == mode))
            {
                Report(treebank, condition, gold, normalizer, top);
            }
        }

        return 0;
    }

    private static void Report(string treebank, string condition, string[] gold, PersianNormalizer normalizer, int top)
    {
        var byForm = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byPart = new Dictionary<string, int>(StringComparer.Ordinal);
        var byNews = new Dictionary<string, int>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var line in gold)
        {
            var input = condition switch { "delete" => line.Replace("\u200C", ""), "space" => line.Replace('\u200C', ' '), _ => line };
            var (gChars, gLabels) = Skeleton(line);
            var (sChars, sLabels) = Skeleton(normalizer.Normalize(input));
            if (gChars != sChars)
            {
                skipped++;
                continue;
            }

            for (var i = 1; i < gChars.Length; i++)
            {
                if (!JoinsNext(gChars[i - 1]) || !IsLetter(gChars[i]) || gLabels[i] == sLabels[i])
                {
                    continue;
                }

                var kind = (gLabels[i], sLabels[i]) switch
                {
                    ('h', _) => "missed",
                    (_, 'h') when gLabels[i] == 's' => "wrong-join",
                    (_, 'h') => "wrong-split",
                    ('n', _) => "split",
                    _ => "join",
                };
                var (left, right) = (Piece(gChars, gLabels, i, -1), Piece(gChars, gLabels, i, +1));
                var extent = Extent(gLabels, i);
                var said = News(left, right);
                var form = $"{kind,-11} {Render(gChars, gLabels, extent, i)} → {Render(sChars, sLabels, extent, i)}  (news {said})";
                (byForm.TryGetValue(form, out var list) ? list : byForm[form] = []).Add(line);
                var part = $"{kind,-11} …{Mark(gLabels[i])}{right}";
                byPart[part] = byPart.GetValueOrDefault(part) + 1;
                var prefix = $"{kind,-11} {left}{Mark(gLabels[i])}…";
                byPart[prefix] = byPart.GetValueOrDefault(prefix) + 1;
                var news = $"{kind,-11} news {said}";
                byNews[news] = byNews.GetValueOrDefault(news) + 1;
            }
        }

        Console.WriteLine($"== {treebank} {condition}: {byForm.Values.Sum(l => l.Count)} errors; by kind: "
            + string.Join(", ", byForm.GroupBy(e => e.Key[..11].Trim()).Select(g => $"{g.Key} {g.Sum(e => e.Value.Count)}"))
            + (skipped > 0 ? $"; {skipped} lines not aligned, skipped" : ""));
        Console.WriteLine("-- by how news writes the two parts (the half-space lexicon's most frequent spelling at the boundary)");
        foreach (var (news, count) in byNews.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{count,5}  {news}");
        }

        Console.WriteLine("-- most frequent parts beside the boundary (gold ‹h› half-space, ‹s› space, ‹·› none)");
        foreach (var (part, count) in byPart.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
        {
            Console.WriteLine($"{count,5}  {part}");
        }

        Console.WriteLine("-- most frequent words (gold → output)");
        foreach (var (form, lines) in byForm.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top))
        {
            Console.WriteLine($"{lines.Count,5}  {form}");
        }
    }

    /// <summary>How news writes the two parts: "half-space", "apart" or "glued", whichever it writes most often (a tie
    /// goes to the half-space, then apart), or "silent" when the lexicon has no spelling of them.</summary>
    private static string News(string left, string right)
    {
        if (WordSegments.Boundary(left, right, HalfSpaceLexicon.Default) is not var (half, apart, together))
        {
            return "silent";
        }

        var glued = together - half;
        return half + apart + glued == 0 ? "silent" : half >= apart && half >= glued ? "half-space" : apart >= glued ? "apart" : "glued";
    }

    private static string Mark(char label) => label switch { 'h' => "‹h›", 's' => "‹s›", _ => "‹·›" };

    /// <summary>The letters from boundary i to the next space boundary (or ZWNJ), towards the left (-1) or the right (+1).</summary>
    private static string Piece(string chars, char[] labels, int i, int direction)
    {
        if (direction > 0)
        {
            var end = i + 1;
            while (end < chars.Length && labels[end] == 'n')
            {
                end++;
            }

            return chars[i..end];
        }

        var start = i - 1;
        while (start > 0 && labels[start] == 'n')
        {
            start--;
        }

        return chars[start..i];
    }

    /// <summary>The extent of the words around boundary i: from the space before the left word to the space after the right one.</summary>
    private static (int Start, int End) Extent(char[] labels, int i)
    {
        var start = i - 1;
        while (start > 0 && labels[start] != 's')
        {
            start--;
        }

        var end = i + 1;
        while (end < labels.Length && labels[end] != 's')
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The letters of an extent with their boundaries, a bar before boundary i.</summary>
    private static string Render(string chars, char[] labels, (int Start, int End) extent, int i)
    {
        var text = new StringBuilder();
        for (var k = extent.Start; k < extent.End; k++)
        {
            if (k > extent.Start)
            {
                text.Append(labels[k] switch { 'h' => "\u200C", 's' => " ", _ => "" });
            }

            if (k == i)
            {
                text.Append('|');
            }

            text.Append(chars[k]);
        }

        return text.ToString();
    }

    /// <summary>The folded letters without spaces and half-spaces, and the boundary before each: n none, s space, h half-space.</summary>
    private static (string Chars, char[] Labels) Skeleton(string text)
    {
        var chars = new StringBuilder();
        var labels = new List<char>();
        var pending = 'n';
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c == '\0')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pending = 's';
            }
            else if (c == '\u200C')
            {
                pending = pending == 's' ? 's' : 'h';
            }
            else
            {
                chars.Append(c);
                labels.Add(chars.Length == 1 ? 'n' : pending);
                pending = 'n';
            }
        }

        return (chars.ToString(), labels.ToArray());
    }

    private static char Fold(char c) => c switch
    {
        '\u200B' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD' or '\u0640' or '\u0670' or '\u0654' => '\0',
        >= '\u064B' and <= '\u065F' => '\0',
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        '\u06C0' or '\u0629' => '\u0647',
        '\u0623' or '\u0625' or '\u0671' => '\u0627',
        '\u0624' => '\u0648',
        '\u00A0' or '\u202F' or '\u2009' => ' ',
        >= '\u06F0' and <= '\u06F9' => (char)('0' + c - '\u06F0'),
        >= '\u0660' and <= '\u0669' => (char)('0' + c - '\u0660'),
        _ => c,
    };

    private static bool IsLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or '\u06CC' or '\u06A9' or '\u06AF' or '\u067E' or '\u0686' or '\u0698';

    private static bool JoinsNext(char c) => IsLetter(c) && "\u0627\u0622\u0623\u0625\u0671\u062F\u0630\u0631\u0632\u0698\u0648\u0624\u0629\u0621\u06C0\u06D5".IndexOf(c) < 0;
}
