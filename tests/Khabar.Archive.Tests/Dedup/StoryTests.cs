using System.Text.Json;

namespace Khabar.Archive.Tests.Dedup;

public sealed class StoryTests
{
    private static string Record(string id, string agency, string date, string title, string body) =>
        JsonSerializer.Serialize(new { id, agency, title, date, body });

    [Fact]
    public void Rewritten_reports_of_one_event_form_one_story_and_other_events_stay_apart()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("event.jsonl",
            Record("r1", "ایسنا", "2024-05-01T08:00:00+03:30", "آغاز ساخت سد تازه در کرمان",
                "علی اکبر محرابیان وزیر نیرو امروز در کرمان از آغاز ساخت سد تازه‌ای خبر داد که آب شرب پانصد هزار نفر را تامین می‌کند."),
            Record("r2", "مهر", "2024-05-02T11:00:00+03:30", "محرابیان: سد کرمان سه ساله ساخته می‌شود",
                "وزیر نیرو در سفر به کرمان گفت ساخت سد تازه این استان سه سال طول می‌کشد و هزینه آن از اوراق مشارکت تامین می‌شود."),
            Record("r3", "ایرنا", "2024-05-20T09:00:00+03:30", "سد تازه کرمان آبگیری شد",
                "علی اکبر محرابیان وزیر نیرو گفت سد کرمان آبگیری شد."),
            Record("x1", "ورزش سه", "2024-05-01T21:00:00+03:30", "پیروزی استقلال مقابل پرسپولیس در دربی",
                "تیم فوتبال استقلال در دیدار امشب با دو گل پرسپولیس را شکست داد و به صدر جدول رسید.")));

        using var archive = temp.Open();
        var reader = archive.Dedup.Reader(archive.Store);
        long Id(string sourceId) => archive.Searcher().MatchingIds(new Search.SearchRequest("")).Ids!
            .First(i => archive.Store.Get(i)!.Article.SourceId == sourceId);

        var story = reader.Get(Id("r2"))!;
        Assert.Equal([Id("r1"), Id("r2")], story.Timeline.Select(r => r.Id));
        Assert.Equal("آغاز ساخت سد تازه در کرمان", story.Title);
        Assert.Equal(["ایسنا", "مهر"], story.Agencies);
        Assert.Single(reader.Get(Id("r3"))!.Timeline); // seventeen days later: outside the window
        Assert.Single(reader.Get(Id("x1"))!.Timeline);
    }
}
