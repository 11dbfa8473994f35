using Khabar.Persian.Normalization;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>
/// Productive parts of compounds (سازی after غنی، شفاف، بومی…): learned from news sentences with the number of
/// distinct partners each way, and used for pairs the news never wrote, weighed against pairs it wrote apart.
/// </summary>
public sealed class ProductivePartTests
{
    /// <summary>Real sentences from the news corpus: six first parts before ‌سازی, and two only written apart or glued.</summary>
    private static readonly string[] News =
    [
        "هم‌اکنون حرکت ایران در فراتر رفتن از غنی‌سازی ۳.۶۷ درصد تاثیر زیادی در تقویت روحیه استکبارستیزی مردم دارد.",
        "وی تاکید کرد: حتی لیست‌های شفاف‌سازی که اعلام شد یکی از بانیان و پیگیرانش خود من بودم.",
        "بنابراین باید به سمت خصوصی‌سازی برویم و متولیان غیر دولتی پیدا کنیم تا حوزه انیمیشن را گسترش دهیم.",
        "در حال حاضر که شرایط اقتصادی به گروه‌های نمایش فشار می‌آورد، باید با یک فرهنگ‌سازی صحیح این روند از بین برود.",
        "میر سرگزی افزود: کار فرهنگی نیاز به متخصص دارد و باید برنامه‌های ابلاغی را در سطح منطقه بومی‌سازی کنیم.",
        "\"FT6\" عامل مهمی در چگونگی ایمن‌سازی هواپیماهای بدون سرنشین خواهد بود.",
        "در کنار آن در حال آماده‌سازی گروهی هستم که در این نمایش با من همکاری کنند.",
        "عدم مستندسازی دستاوردها نیز از ضرباتی است که تئاتر ما می‌بیند.",
        "او در مستند سازی به فیلم‌های مردم شناسانه و آموزشی گرایش داشت و عمده فیلم‌های خود را در این زمینه ساخت.",
        "در هر صورت باید تجاری سازی را نهادینه کنند.",
    ];

    [Fact]
    public void ATailIsCountedByDistinctPartnersEachWay()
    {
        var texts = Enumerable.Repeat(string.Join(' ', News), 3).ToArray();
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var (start, end) in WordTokens.Find(text))
            {
                forms[text[start..end]] = forms.GetValueOrDefault(text[start..end]) + 1;
            }
        }

        var parts = new PartLearner(forms).Learn(texts);

        // After a letter other than ه: غنی، شفاف، خصوصی، فرهنگ، بومی، ایمن with a half-space; مستند and تجاری
        // only apart; مستند also glued, but it is counted apart already once (each way counts partners not
        // seen with a half-space).
        Assert.Equal(new PartStats(6, 2, 1), parts.Tails["سازی"]);
        Assert.Equal(0.7, parts.Tails["سازی"].JoinShare, 6);

        // After ه only آماده: too few partners to be a productive part there.
        Assert.False(parts.HehTails.ContainsKey("سازی"));
        Assert.True(parts.Productive("جوان", "سازی"));
        Assert.False(parts.Productive("آماده", "سازی"));
    }

    [Fact]
    public void TheLexiconKeepsTheTailAndHowItsPairsWereWrittenApart()
    {
        var builder = new HalfSpaceLexiconBuilder();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(builder.Add(string.Join(' ', News)));
        }

        using var stream = new MemoryStream();
        builder.Write(stream);
        stream.Position = 0;
        var lexicon = HalfSpaceLexicon.Load(stream);

        // A pair the corpus never wrote takes the tail's share; one it wrote apart three times (تجاری سازی) is
        // pulled towards apart by its own counts; the weight is what the tail counts as, in words.
        Assert.Equal(0.7, lexicon.Affixes.Join("جوان", "سازی", 10), 6);
        Assert.Equal(7.0 / 13, lexicon.Affixes.Join("تجاری", "سازی", 10), 6);
    }

    [Fact]
    public void TheShippedLexiconKnowsProductivePartsAndPairsNewsWritesApart()
    {
        // News wrote تنوع‌سازی and تنوع سازی twice each: too few to decide alone, so the tail tips them.
        var affixes = HalfSpaceLexicon.Default.Affixes;
        Assert.True(affixes.Join("تنوع", "سازی", 10) > 0.55);
        Assert.True(affixes.Join("فرصت", "طلبی", 10) > 0.55);
        Assert.True(affixes.Join("بی", "تربیتی", 10) > 0.55);

        // بی is a productive head, but news writes بی سی (BBC) apart.
        Assert.True(affixes.Join("بی", "سی", 10) < 0.5);

        // این and که are words of their own: no part joins them.
        Assert.True(affixes.Join("این", "کشور", 10) < 0.5);
    }
}
