using Khabar.Archive.Index;
using Khabar.Archive.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Khabar.Archive.Tests;

/// <summary>
/// Compounds (not affixes) written with a half-space, a space or glued find each other, in words and in phrases;
/// the spelling asked for ranks first. Sentences from the news in ../shared/data/news (varzesh3, ISNA).
/// </summary>
public sealed class CompoundSpellingTests
{
    private static SearchResponse Search(KhabarArchive archive, string query)
    {
        var (response, error) = archive.Searcher().Search(new SearchRequest(query) { Limit = 50 });
        Assert.True(response is not null, error);
        return response!;
    }

    private static string[] Found(KhabarArchive archive, string query) =>
        Search(archive, query).Hits.Select(h => h.Article.SourceId!).Order().ToArray();

    [Theory]
    [InlineData("کلاه کج")]
    [InlineData("\"کلاه کج\"")]
    [InlineData("کلاه\u200Cکج")]
    [InlineData("\"کلاه\u200Cکج\"")]
    [InlineData("title:\"کلاه کج\"")]
    public void A_compound_with_a_half_space_or_a_space_finds_both(string query)
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("v.jsonl",
            """{"id":"half","title":"عادل کلاه‌کج از سپاهان جدا شد","body":"عادل کلاه‌کج هافبک تیم سپاهان با دریافت رضایتنامه خود در پایان نیم فصل اول لیگ برتر از این تیم جدا شد."}""",
            """{"id":"space","title":"کلاه کج به سپاهان پیوست","body":"عادل کلاه کج امروز با عقد قراردادی سه ساله به باشگاه سپاهان پیوست."}""",
            """{"id":"other","title":"تمرین پرسپولیس","body":"بازیکنان پرسپولیس امروز در ورزشگاه درفشی‌فر تمرین کردند."}"""));
        using var archive = temp.Open();
        Assert.Contains("کلاه کج", Search(archive, "پیوست").Hits.Single().Article.Title!, StringComparison.Ordinal);

        Assert.Equal(["half", "space"], Found(archive, query));
        if (!query.StartsWith("title:", StringComparison.Ordinal))
        {
            // The snippet (of the body) marks the compound in either spelling.
            Assert.All(Search(archive, query).Hits, h => Assert.Contains(h.Snippet, p => p.Match));
        }
    }

    [Theory]
    [InlineData("بین\u200Cالملل", "half space")]
    [InlineData("بین الملل", "half space")]
    [InlineData("بینالملل", "half space")]
    [InlineData("\"بین الملل\"", "half space")]
    [InlineData("\"بینالملل\"", "half space")]
    [InlineData("\"بخش بین\u200Cالملل\"", "space")]
    [InlineData("\"حقوق بین الملل\"", "half")]
    [InlineData("\"حقوق بینالملل\"", "half")]
    public void A_glued_compound_the_lexicon_knows_finds_it_written_apart_too(string query, string found)
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("i.jsonl",
            """{"id":"half","title":"مصادره کشتی","body":"رئیس کمیته کمیسیون حقوقی مجلس مصادره کشتی ایران در بندر جده را امری ناقض حقوق بین‌الملل عنوان کرد."}""",
            """{"id":"space","title":"جشنواره وارش","body":"تعداد ۲۴ فیلم از شش کشور حوزه دریای کاسپین در بخش بین الملل نهمین جشنواره فیلم وارش با یکدیگر رقابت می‌کنند."}""",
            """{"id":"other","title":"فیلم تازه","body":"فیلم سینمایی تازه امروز به نمایش درآمد."}"""));
        using var archive = temp.Open();
        // The normalizer leaves this space (the sentence is ISNA's): the query side has to bridge it.
        Assert.Contains("بین الملل", string.Join(' ', Search(archive, "کاسپین").Hits.Single().Article.Paragraphs), StringComparison.Ordinal);

        Assert.Equal(found.Split(' '), Found(archive, query));
    }

    [Theory]
    [InlineData("در آستانه بامداد", "apart")]
    [InlineData("درآستانه بامداد", "glued")]
    public void The_spelling_asked_for_ranks_first(string query, string first)
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("c.jsonl",
            """{"id":"glued","title":"«درآستانه بامداد» وارد شبکه نمایش خانگی شد","body":"فیلم مستند بلند درآستانه بامداد درباره آثار احمد شاملو منتشر شد."}""",
            """{"id":"apart","title":"«در آستانه بامداد» وارد شبکه نمایش خانگی شد","body":"مستند در آستانه بامداد را موسسه نقطه تعریف در قالب لوح فشرده منتشر کرد."}"""));
        using var archive = temp.Open();

        var hits = Search(archive, query).Hits;

        Assert.Equal(2, hits.Count);
        Assert.Equal(first, hits[0].Article.SourceId);
    }

    [Fact]
    public void Before_a_search_only_the_spellings_the_index_holds_are_kept()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, ArchiveIndex.Analyzer)))
        {
            var document = new Document
            {
                new TextField(IndexFields.Title, "عادل کلاه‌کج از سپاهان جدا شد", Field.Store.NO),
                new TextField(IndexFields.Body, "عادل کلاه‌کج هافبک تیم سپاهان از این تیم جدا شد.", Field.Store.NO),
            };
            writer.AddDocument(document);
        }

        using var reader = DirectoryReader.Open(directory);
        var (query, error) = KhabarQueryParser.TryParse("عادل کلاه کج از سپاهان");
        Assert.Null(error);
        Assert.Contains("کلاهکج", query!.ToString(), StringComparison.Ordinal);
        Assert.Contains("ازسپاهان", query.ToString(), StringComparison.Ordinal);

        var rewritten = new IndexSearcher(reader).Rewrite(query).ToString();

        Assert.Contains("کلاهکج", rewritten, StringComparison.Ordinal);
        Assert.DoesNotContain("ازسپاهان", rewritten, StringComparison.Ordinal);
        Assert.DoesNotContain("عادلکلاه", rewritten, StringComparison.Ordinal);
        Assert.Equal(1, new IndexSearcher(reader).Search(query, 10).TotalHits);
    }

    [Fact]
    public void Random_queries_parse_or_say_why_and_search_without_throwing()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("r.jsonl",
            """{"id":"r1","title":"عادل کلاه‌کج از سپاهان جدا شد","body":"معاون بین‌الملل وزارت ورزش با هیئت‌ها دیدار کرد."}"""));
        using var archive = temp.Open();
        var pieces = new[]
        {
            "بین", "الملل", "بین\u200Cالملل", "بینالملل", "کلاه", "کج", "می", "شود", "ها", "«", "»", "،", "؟", "\"", "(", ")", "-", "+",
            "AND", "OR", "NOT", "title:", "agency:", "\\", "/", ":", "*", "~2", "^3", "\u200C", "۱۴۰۳", "ي", "ك", "ـ", "&&", "||", "!", "[", "]",
        };
        var random = new Random(1403);
        for (var i = 0; i < 3000; i++)
        {
            var count = random.Next(1, 9);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));
            var (query, error) = KhabarQueryParser.TryParse(text);
            Assert.True((query is null) != (error is null), text);
            var (response, searchError) = archive.Searcher().Search(new SearchRequest(text));
            Assert.True((response is null) != (searchError is null), text);
        }
    }
}
