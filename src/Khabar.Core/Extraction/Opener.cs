using System.Text.RegularExpressions;
using Khabar.Persian.Text;

namespace Khabar.Extraction;

/// <summary>
/// Reads the agency's opener, <c>به گزارش گروه بین‌الملل خبرگزاری برنا،</c>: who reported it (agency) and which
/// desk. The opener stays in the body; this only reads it.
/// </summary>
public static partial class Opener
{
    private static readonly string[] DeskMarkers = ["گروه", "سرویس", "دبیرخانه"];
    private static readonly string[] ReporterWords = ["خبرنگاران", "خبرنگار", "اعزامی", "حوزه"];
    private static readonly string[] OutletWords = ["خبرگزاری", "پایگاه خبری", "پایگاه اطلاع رسانی", "روزنامه", "سایت", "شبکه"];

    /// <summary>What the opener says, or null when the text does not start with one.</summary>
    public static (string? AgencyName, Agency? Agency, string? Desk)? Read(string paragraph)
    {
        var match = OpenerPattern().Match(TextTidy.Tidy(paragraph));
        if (!match.Success)
        {
            return null;
        }

        var who = match.Groups["who"].Value.Trim();
        var cut = who.IndexOf(" به نقل از ", StringComparison.Ordinal);
        if (cut > 0)
        {
            who = who[..cut];
        }

        var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Length; start++)
        {
            for (var end = words.Length; end > start; end--)
            {
                var phrase = string.Join(' ', words[start..end]);
                if (Agencies.Find(phrase) is { } agency)
                {
                    return (agency.Name, agency, Desk(words[..start]));
                }
            }
        }

        return FromOutletWord(words);
    }

    // An outlet Khabar does not know: "... خبرگزاری X" names X as the agency.
    private static (string?, Agency?, string?) FromOutletWord(string[] words)
    {
        var text = string.Join(' ', words);
        foreach (var outlet in OutletWords)
        {
            var at = text.IndexOf(outlet, StringComparison.Ordinal);
            if (at >= 0)
            {
                var name = text[(at + outlet.Length)..].Trim();
                var before = text[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return (name.Length > 0 ? name : null, null, Desk(before));
            }
        }

        return (null, null, Desk(words));
    }

    private static string? Desk(string[] words)
    {
        var marker = Array.FindLastIndex(words, w => DeskMarkers.Contains(w));
        var rest = marker >= 0 ? words[(marker + 1)..] : words.Where(w => !ReporterWords.Contains(w)).ToArray();
        if (marker < 0 && rest.Length == words.Length)
        {
            // No "گروه …" and no "خبرنگار …": the words before the agency are not a desk.
            return null;
        }

        return rest.Length is > 0 and <= 5 ? Desks.Canonical(string.Join(' ', rest)) : null;
    }

    [GeneratedRegex(@"^\s*به\s*گزارش\s+(?<who>[^،,:؛.\n]{2,120}?)\s*[،,]", RegexOptions.NonBacktracking)]
    private static partial Regex OpenerPattern();
}
