using System.Text;

namespace Khabar.Core.Tests.Html;

/// <summary>Token-level F1 between extracted and gold text, over folded letters so spelling variants do not count.</summary>
internal static class TokenF1
{
    /// <summary>F1 of the two token bags; 1 when both are empty.</summary>
    public static double Score(string extracted, string gold)
    {
        var got = Tokens(extracted);
        var want = Tokens(gold);
        if (got.Count == 0 && want.Count == 0)
        {
            return 1;
        }

        var remaining = want.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var token in got)
        {
            if (remaining.TryGetValue(token, out var n) && n > 0)
            {
                remaining[token] = n - 1;
                common++;
            }
        }

        if (common == 0)
        {
            return 0;
        }

        double precision = (double)common / got.Count, recall = (double)common / want.Count;
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>Words: letters and digits, Arabic variants folded, half-spaces and punctuation as breaks.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            var c = raw switch { 'ي' or 'ى' => 'ی', 'ك' => 'ک', 'ة' => 'ه', 'أ' or 'إ' or 'آ' => 'ا', _ => raw };
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        return tokens;
    }
}
