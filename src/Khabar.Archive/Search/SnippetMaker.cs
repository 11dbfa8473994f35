using Khabar.Archive.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Khabar.Archive.Search;

/// <summary>Cuts the best passage of the original text and marks the words the query matched.</summary>
public sealed class SnippetMaker(Query query)
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';
    private const int FragmentChars = 220;

    private readonly Highlighter highlighter = new(new MarkFormatter(), new QueryScorer(query, IndexFields.Body))
    {
        TextFragmenter = new SimpleFragmenter(FragmentChars),
        MaxDocCharsToAnalyze = 200_000,
    };

    /// <summary>The snippets of several texts, cut on several cores (a highlighter is not shared between threads).</summary>
    public static IReadOnlyList<SnippetPart>[] MakeAll(Query query, IReadOnlyList<string> texts)
    {
        var snippets = new IReadOnlyList<SnippetPart>[texts.Count];
        Parallel.For(0, texts.Count, () => new SnippetMaker(query), (i, _, maker) =>
        {
            snippets[i] = maker.Make(texts[i]);
            return maker;
        }, _ => { });
        return snippets;
    }

    /// <summary>The snippet of the text: matched passages, or the text's start when nothing matched.</summary>
    public IReadOnlyList<SnippetPart> Make(string text)
    {
        var clean = text.Replace(Open, ' ').Replace(Close, ' ');
        var best = highlighter.GetBestFragments(ArchiveIndex.Analyzer, IndexFields.Body, clean, 2);
        if (best.Length == 0)
        {
            return [new SnippetPart(Cut(clean), false)];
        }

        return Parts(string.Join(" … ", best.Select(f => f.Replace('\n', ' '))));
    }

    private static string Cut(string text)
    {
        if (text.Length <= FragmentChars)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', FragmentChars, 40);
        return text[..(end > 0 ? end : FragmentChars)] + " …";
    }

    private static List<SnippetPart> Parts(string marked)
    {
        var parts = new List<SnippetPart>();
        var start = 0;
        while (start < marked.Length)
        {
            var open = marked.IndexOf(Open, start);
            if (open < 0)
            {
                parts.Add(new SnippetPart(marked[start..], false));
                break;
            }

            if (open > start)
            {
                parts.Add(new SnippetPart(marked[start..open], false));
            }

            var close = marked.IndexOf(Close, open);
            close = close < 0 ? marked.Length : close;
            parts.Add(new SnippetPart(marked[(open + 1)..close], true));
            start = close + 1;
        }

        return parts;
    }

    private sealed class MarkFormatter : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? Open + originalText + Close : originalText;
    }
}
