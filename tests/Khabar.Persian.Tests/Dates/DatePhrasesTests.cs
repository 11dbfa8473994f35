using Khabar.Persian.Dates;
using Xunit;

namespace Khabar.Persian.Tests.Dates;

public sealed class DatePhrasesTests
{
    // 1398/04/11 (Tir 11), a Tuesday, at ten in the morning in Tehran.
    private static readonly DateTimeOffset Published = new(2019, 7, 2, 10, 0, 0, TimeSpan.FromHours(4.5));

    [Theory]
    [InlineData("امروز", "1398-04-11")]
    [InlineData("صبح امروز", "1398-04-11")]
    [InlineData("امروز صبح", "1398-04-11")]
    [InlineData("دیروز", "1398-04-10")]
    [InlineData("روز گذشته", "1398-04-10")]
    [InlineData("عصر دیروز", "1398-04-10")]
    [InlineData("شب گذشته", "1398-04-10")]
    [InlineData("فردا", "1398-04-12")]
    [InlineData("امسال", "1398")]
    [InlineData("سال جاری", "1398")]
    [InlineData("سال گذشته", "1397")]
    [InlineData("سال آینده", "1399")]
    [InlineData("ماه گذشته", "1398-03")]
    [InlineData("ماه آینده", "1398-05")]
    [InlineData("روز دوشنبه", "1398-04-10")]
    [InlineData("پنجشنبه", "1398-04-13")]
    [InlineData("پنج‌شنبه شب", "1398-04-13")]
    [InlineData("شنبه", "1398-04-08")]
    [InlineData("سه‌شنبه", "1398-04-11")]
    [InlineData("سه شنبه گذشته", "1398-04-04")]
    [InlineData("دوشنبه هفته آینده", "1398-04-17")]
    [InlineData("تیرماه", "1398-04")]
    [InlineData("۱۵ اسفند", "1397-12-15")]
    [InlineData("امروز سه‌شنبه", "1398-04-11")]
    [InlineData("دیروز دوشنبه", "1398-04-10")]
    [InlineData("سال جاری میلادی", "2019")]
    [InlineData("ماه گذشته میلادی", "2019-06")]
    [InlineData("ماه آوریل", "2019-04")]
    [InlineData("ژانویه", "2019-01")]
    public void A_phrase_that_counts_from_the_day_of_publication_names_that_day_month_or_year(string phrase, string id)
    {
        Assert.Equal(id, DatePhrases.Read(phrase, Published)?.Id);
        Assert.Null(DatePhrases.Read(phrase, null));
        Assert.True(DatePhrases.CountsFromPublication(phrase));
    }

    [Theory]
    [InlineData("۱۱ تیر ۱۳۹۸", "1398-04-11", "۱۱ تیر ۱۳۹۸")]
    [InlineData("11 تیر 1398", "1398-04-11", "۱۱ تیر ۱۳۹۸")]
    [InlineData("۲ ژوئیه ۲۰۱۹", "1398-04-11", "۱۱ تیر ۱۳۹۸")]
    [InlineData("روز ۲ جولای ۲۰۱۹", "1398-04-11", "۱۱ تیر ۱۳۹۸")]
    [InlineData("سال ۲۰۱۹", "2019", "۲۰۱۹")]
    [InlineData("۲۰۱۹", "2019", "۲۰۱۹")]
    [InlineData("سال ۲۰۱۹ میلادی", "2019", "۲۰۱۹")]
    [InlineData("سال ۹۸", "1398", "۱۳۹۸")]
    [InlineData("سال ۱۳۹۸", "1398", "۱۳۹۸")]
    [InlineData("سال ۱۳۹۸ شمسی", "1398", "۱۳۹۸")]
    [InlineData("سال ۰۲", "1402", "۱۴۰۲")]
    [InlineData("سال ۴۰", "1340", "۱۳۴۰")]
    [InlineData("اسفند سال ۹۵", "1395-12", "اسفند ۱۳۹۵")]
    [InlineData("تیرماه ۹۸", "1398-04", "تیر ۱۳۹۸")]
    [InlineData("تیر ماه ۱۳۹۸", "1398-04", "تیر ۱۳۹۸")]
    [InlineData("ماه مه ۲۰۱۹", "2019-05", "مه ۲۰۱۹")]
    [InlineData("رمضان ۱۴۴۰", "h1440-09", "رمضان ۱۴۴۰")]
    [InlineData("۱۴۴۰ هجری قمری", "h1440", "۱۴۴۰")]
    public void A_written_date_names_its_period_with_or_without_a_day_of_publication(string phrase, string id, string name)
    {
        foreach (var published in new DateTimeOffset?[] { null, Published })
        {
            var period = DatePhrases.Read(phrase, published);
            Assert.Equal((id, name), (period?.Id, period?.Name));
        }

        Assert.False(DatePhrases.CountsFromPublication(phrase));
    }

    [Theory]
    [InlineData("۲۰ سال")]
    [InlineData("سه ماه")]
    [InlineData("دهه ۶۰")]
    [InlineData("سال‌های اخیر")]
    [InlineData("۳۰ اسفند ۱۳۹۸")]
    [InlineData("کوپا آمه‌ریکا ۲۰۱۹")]
    [InlineData("۲۰۱۹ قمری")]
    [InlineData("۱۲۳۴۵")]
    [InlineData("۱۱ سپتامبر")]
    [InlineData("۱۰ روز آینده")]
    [InlineData("دو سال پیش")]
    [InlineData("۱۱/۰۴/۱۳۹۸")]
    [InlineData("")]
    public void What_names_no_day_month_or_year_names_nothing(string phrase)
    {
        Assert.Null(DatePhrases.Read(phrase, Published));
        Assert.Null(DatePhrases.Read(phrase, null));
        Assert.False(DatePhrases.CountsFromPublication(phrase));
    }

    [Theory]
    [InlineData("هفته گذشته")]
    [InlineData("این هفته")]
    [InlineData("هفته آینده")]
    public void A_week_counted_from_the_day_of_publication_names_no_period_but_counts_from_it(string phrase)
    {
        Assert.Null(DatePhrases.Read(phrase, Published));
        Assert.True(DatePhrases.CountsFromPublication(phrase));
    }

    [Fact]
    public void Random_text_and_days_of_publication_never_throw()
    {
        var random = new Random(1398);
        const string letters = "ابپتثجحخدذرزسشصضطظعغفقکگلمنوهیآ ‌۰۱۲۳۴۵۶۷۸۹0123456789/-";
        string[] words = ["امروز", "سال", "۲۰۱۹", "۹۸", "تیر", "ماه", "روز", "دوشنبه", "گذشته", "آینده", "هفته", "مه", "رمضان", "قمری", "میلادی", "۳۱", "۰", "صبح"];
        for (var i = 0; i < 5000; i++)
        {
            var phrase = random.Next(2) == 0
                ? new string(Enumerable.Range(0, random.Next(20)).Select(_ => letters[random.Next(letters.Length)]).ToArray())
                : string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => words[random.Next(words.Length)]));
            DateTimeOffset? published = random.Next(4) == 0 ? null
                : new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(0, 200 * 365)).AddMinutes(random.Next(1440));
            if (DatePhrases.Read(phrase, published) is { } period)
            {
                Assert.Matches(@"^h?\d{4}(-\d\d){0,2}$", period.Id);
                Assert.False(string.IsNullOrWhiteSpace(period.Name));
            }
        }
    }
}
