using System.Text.Json;
using Khabar.Archive.Search;

namespace Khabar.Archive.Tests.Dedup;

public sealed class ArchiveDedupTests
{
    private const string Body = "وزیر نیرو امروز در نشست خبری از آغاز ساخت سد تازه‌ای در استان کرمان خبر داد و گفت این سد تا سه سال دیگر آب شرب پانصد هزار نفر را تامین می‌کند.\nاو افزود هزینه ساخت این سد از محل اوراق مشارکت و بودجه عمرانی استان پرداخت می‌شود و پیمانکار آن از میان شرکت‌های داخلی انتخاب شده است.\nبه گفته وزیر، عملیات اجرایی این طرح از ماه آینده آغاز می‌شود و نخستین بخش آن در پایان سال به بهره‌برداری می‌رسد.";

    private static string Record(string id, string agency, string opener, string date, string body, string title = "ساخت سد تازه در کرمان") =>
        JsonSerializer.Serialize(new { id, agency, title, date, body = opener + body });

    private static string[] Records() =>
    [
        Record("a1", "ایسنا", "به گزارش ایسنا، ", "2024-05-01T08:00:00+03:30", Body),
        Record("a2", "برنا", "به گزارش خبرگزاری برنا، ", "2024-05-01T09:00:00+03:30", Body.Replace("\u200C", " ") + "\nانتهای پیام/"),
        Record("a3", "مهر", "به گزارش خبرگزاری مهر، ", "2024-05-01T07:30:00+03:30", Body.Replace('ی', 'ي'), "آغاز ساخت سد در کرمان"),
        Record("b1", "ایرنا", "", "2024-05-02T08:00:00+03:30",
            "تیم ملی فوتبال ایران امشب در ورزشگاه آزادی به مصاف تیم ملی ازبکستان می‌رود.\nسرمربی تیم ملی گفت بازیکنان برای این سد دشوار آماده‌اند و هدف ما پیروزی است.", "سد ازبکستان پیش روی تیم ملی"),
    ];

    [Fact]
    public void Ingest_groups_the_copies_and_ingesting_again_does_not_duplicate_groups()
    {
        using var temp = new TempArchive();
        var file = temp.Records("copies.jsonl", Records());

        temp.Ingest(file);
        temp.Ingest(file);

        using var archive = temp.Open();
        var group = Assert.Single(archive.Dedup.Store.Groups());
        Assert.Equal(3, group.Members.Count);
        Assert.Equal("a3", archive.Store.Get(group.Canonical)!.Article.SourceId);
    }

    [Fact]
    public void Collapsed_search_shows_one_hit_per_group()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("copies.jsonl", Records()));
        using var archive = temp.Open();
        var searcher = archive.Searcher();

        var all = searcher.Search(new SearchRequest("سد")).Response!;
        var collapsed = searcher.Search(new SearchRequest("سد") { Collapse = true }).Response!;

        Assert.Equal(4, all.Hits.Count);
        Assert.Equal(2, collapsed.Hits.Count);
        Assert.Equal(["a", "b"], collapsed.Hits.Select(h => h.Article.SourceId![..1]).Order());
    }

    [Fact]
    public void A_store_ahead_of_the_groups_is_caught_up_on_opening()
    {
        using var temp = new TempArchive();
        temp.Ingest(temp.Records("copies.jsonl", Records()));
        using (var archive = temp.Open())
        {
            archive.Dedup.Store.Clear();
        }

        using var reopened = temp.Open();
        Assert.Equal(3, Assert.Single(reopened.Dedup.Store.Groups()).Members.Count);
    }
}
