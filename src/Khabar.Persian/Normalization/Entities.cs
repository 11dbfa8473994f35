using System.Net;

namespace Khabar.Persian.Normalization;

/// <summary>HTML entities left in scraped text (&amp;zwnj;, &amp;nbsp;, &amp;#x6F1;, double-escaped ones too) decoded.</summary>
internal static class Entities
{
    private const int MaxRounds = 3;

    public static string Decode(string text)
    {
        for (var round = 0; round < MaxRounds && Has(text); round++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        return text;
    }

    /// <summary>True when the text has something that looks like an entity.</summary>
    public static bool Has(ReadOnlySpan<char> text)
    {
        var amp = text.IndexOf('&');
        while (amp >= 0)
        {
            var i = amp + 1;
            while (i < text.Length && i - amp <= 32 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '#'))
            {
                i++;
            }

            if (i > amp + 1 && i < text.Length && text[i] == ';')
            {
                return true;
            }

            var next = text[(amp + 1)..].IndexOf('&');
            amp = next < 0 ? -1 : amp + 1 + next;
        }

        return false;
    }
}
