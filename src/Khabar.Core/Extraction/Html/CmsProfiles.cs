using System.Buffers;
using System.Text.RegularExpressions;

namespace Khabar.Extraction.Html;

/// <summary>The CMSs most Iranian news sites run on (see FACTS.md); a handful of profiles covers hundreds of sites.</summary>
internal static partial class CmsProfiles
{
    /// <summary>ISNA's own CMS: headline and summary carry itemprops.</summary>
    public static readonly CmsProfile Isna = new("isna", "h1.first-title")
    {
        Title = ["h1.first-title[itemprop=headline]", "h1.first-title"],
        Kicker = [".kicker", ".rutitr"],
        Lead = ["p.summary[itemprop=description]", "p.summary"],
        Body = ["div.item-text[itemprop=articleBody]", "div.item-text"],
        Date = ["span.text-meta", ".item-date", "time[datetime]"],
        NewsId = [".item-code", ".news-code"],
        Desk = [".breadcrumb a", ".item-breadcrumb a"],
        Tags = [".tags a", ".tags li"],
    };

    /// <summary>Nastooh: irna, mehrnews, hamshahrionline, khabaronline, mashreghnews.</summary>
    public static readonly CmsProfile Nastooh = new("nastooh", "div.item-text, meta[name^='nastooh:'], meta[property^='nastooh:']")
    {
        Title = ["h1.title", ".item-title h1", "h1", ".title"],
        Kicker = [".rutitr", ".kicker", ".item-header .subtitle"],
        Lead = [".introtext", ".item-summary .introtext", "p.summary"],
        Body = ["div.item-text[itemprop=articleBody]", "div.item-text", "[itemprop=articleBody]"],
        Date = [".item-date", ".item-nav .date", "time[datetime]"],
        NewsId = [".item-code", ".news-code"],
        Desk = [".breadcrumb a", ".item-breadcrumb a"],
        Tags = [".tags a", ".tags li"],
    };

    /// <summary>IranSamaneh: tabnak, yjc, asriran, fararu, iribnews, mizanonline, kayhan, snn, borna.news, …</summary>
    public static readonly CmsProfile IranSamaneh = new("iransamaneh", ".news_pdate_c, .news_id_c, .news_path")
    {
        Title = ["h1.title", ".title h1", "h1", ".title"],
        Kicker = [".rutitr"],
        Lead = [".subtitle"],
        Body = [".body"],
        Date = [".news_pdate_c"],
        NewsId = [".news_id_c"],
        Desk = [".news_path a"],
        Tags = [".tags li", ".tags a"],
    };

    /// <summary>Aasaam: tasnimnews, ilna, mojnews, khabarfoori, donya-e-eqtesad, etemadonline, …</summary>
    public static readonly CmsProfile Aasaam = new("aasaam", "#echo_detail, .story")
    {
        Title = ["h1.title", "h1"],
        Kicker = [".kicker", ".rutitr", ".uptitle"],
        Lead = [".lead"],
        Body = ["#echo_detail", ".story"],
        Date = ["time[datetime]", ".time", ".date"],
        NewsId = [".news-code", ".news_id"],
        Desk = [".breadcrumb a", ".service a"],
        Tags = [".tags a", ".tags li"],
        Notes = ["این خبر بروز رسانی می شود", "این خبر بروزرسانی می‌شود", "این خبر به روز رسانی می شود", "این خبر تکمیل می شود"],
    };

    /// <summary>News-Studio: jahannews, baharnews.</summary>
    public static readonly CmsProfile NewsStudio = new("news-studio", "#docDiv3TitrMain, #doctextarea")
    {
        Title = ["#docDiv3TitrMain"],
        Kicker = ["#docDiv3TitrRou", ".docDiv3TitrRou"],
        Lead = ["#docDivLead1"],
        Body = ["#doctextarea"],
        Date = [".doc_date"],
        NewsId = [".doc_id", "#docid"],
        Desk = [".doc_path a", ".news_path a"],
        Tags = [".doc_tags a", ".tags a"],
    };

    /// <summary>Profiles in the order they are tried; the more specific markers come first.</summary>
    public static IReadOnlyList<CmsProfile> All { get; } = [Isna, NewsStudio, Nastooh, IranSamaneh, Aasaam];

    /// <summary>Every profile's marker in one selector: one pass over a page tells whether any profile may fit.</summary>
    public static string AnyMarker { get; } = string.Join(", ", All.Select(p => p.Marker));

    // The class names, ids and attribute prefixes the markers look for, read from the markers themselves; a prefix
    // (of an attribute value) may run on into more letters, a class name or id must end where its token ends.
    private static readonly (string Word, bool Prefix)[] Markers =
        MarkerWord().Matches(AnyMarker).Select(m => m.Groups[1].Success ? (m.Groups[1].Value, false) : (m.Groups[2].Value, true)).Distinct().ToArray();

    private static readonly SearchValues<string> MarkerWords = SearchValues.Create(Markers.Select(m => m.Word).Distinct().ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// False when no marker's class, id or attribute prefix occurs in the page's text where an attribute value or
    /// one of its space-separated tokens can start (and, for a class or id, end), so no profile can fit and the
    /// selectors need not visit every element: a word inside a URL or a longer name ("/story/", "storybox") does not
    /// count. (A name spelled with character references is not seen; CMSs write their class names plainly.)
    /// </summary>
    public static bool MayMark(string html)
    {
        for (var from = 0; from < html.Length && html.AsSpan(from).IndexOfAny(MarkerWords) is var found and >= 0; from += found + 1)
        {
            var at = from + found;
            foreach (var (word, prefix) in Markers)
            {
                if (string.Compare(html, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (at == 0 || html[at - 1] is '"' or '\'' or '=' or ';' || IsSpace(html[at - 1]))
                    && (prefix || at + word.Length == html.Length || html[at + word.Length] is '"' or '\'' or '>' or '&' || IsSpace(html[at + word.Length])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The characters that separate the tokens of a class attribute.
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    [GeneratedRegex(@"[.#]([\w-]+)|\^='([^']+)'")]
    private static partial Regex MarkerWord();
}
