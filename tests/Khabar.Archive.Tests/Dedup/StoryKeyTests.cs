using Khabar.Model;

namespace Khabar.Archive.Tests.Dedup;

/// <summary>Words every report of the week carries cannot tie two reports into one story; an event's own words do.</summary>
public sealed class StoryKeyTests
{
    private static readonly string[] Provinces =
    [
        "کرمان", "یزد", "گیلان", "سمنان", "اردبیل", "زنجان", "قزوین", "همدان", "کردستان", "لرستان",
        "ایلام", "بوشهر", "هرمزگان", "خوزستان", "اصفهان", "گلستان", "مازندران", "البرز", "خراسان", "سیستان",
    ];

    [Fact]
    public void Keys_grown_common_in_the_window_no_longer_join_stories_but_an_events_own_keys_do()
    {
        var at = new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.FromHours(3.5));
        Article Report(string agency, int hour, string title, string lead) =>
            new() { Source = agency, Agency = agency, Published = at.AddHours(hour), Title = title, Paragraphs = [lead] };

        using var harness = new DedupHarness();
        var sessions = Provinces.Select((p, i) => Report("ایسنا", i, $"نشست کمیسیون اقتصادی مجلس درباره بودجه استان {p}",
            $"نمایندگان در نشست کمیسیون اقتصادی مجلس بودجه استان {p} را بررسی کردند."));
        harness.Add([
            .. sessions,
            Report("ایرنا", 3, "زلزله شدید بم روستاهای اطراف را لرزاند", "امدادگران هلال احمر به روستاهای زلزله‌زده بم رسیدند و چادر برپا کردند."),
            Report("مهر", 5, "امدادرسانی هلال احمر به روستاهای زلزله زده بم", "زلزله شدید بم به روستاهای اطراف خسارت زد و امدادگران چادر برپا کردند."),
        ]);

        // The first reports cannot know yet that these words will be in every report; from the tenth on, the words
        // are in more than eight reports of the window and each session stays a story of its own.
        Assert.All(Enumerable.Range(10, Provinces.Length - 9), id => Assert.Equal(id, harness.Dedup.Stories.StoryOf(id)));
        Assert.Equal(harness.Dedup.Stories.StoryOf(21), harness.Dedup.Stories.StoryOf(22));
    }
}
