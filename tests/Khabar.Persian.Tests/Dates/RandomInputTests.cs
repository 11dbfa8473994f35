using Khabar.Persian.Dates;
using Khabar.Persian.Text;
using Xunit;

namespace Khabar.Persian.Tests.Dates;

/// <summary>Seeded random input: the parser never throws and always gives exactly one of a date and an error.</summary>
public sealed class RandomInputTests
{
    private static readonly string[] Pieces =
    [
        "۱", "۲", "۳", "۹", "۰", "١", "٤", "1", "3", "0", "۱۴۰۳", "۱۳۹۵", "2024", "1445", "۳۱", "۳۰", "۱۳", "۲۵", "60",
        "/", "-", ".", ":", "+", ",", "،", " ", " ", " ", "\u00A0", "\u200C", "&nbsp;", "&zwnj;", "&", ";", "T", "Z",
        "فروردین", "خرداد", "دی", "ماه", "اسفند", "مهر", "رمضان", "ربیع", "الاول", "ذی", "الحجه", "مارس", "می", "Mar",
        "شنبه", "یک", "سه", "پنج", "جمعه", "Sat", "GMT", "ساعت", "ق", "ه", "تاریخ", "انتشار", "ي", "ك", "ـ", "\u064E",
        "13960807000572", "https://www.farsnews.ir/news/", "\uD83D", "\uDE00", "\0", "\n",
    ];

    [Fact]
    public void Random_utf16_units_never_throw()
    {
        var random = new Random(1403_01_11);
        for (var n = 0; n < 3_000; n++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0x10000);
            }

            AssertOneOfDateOrError(new string(chars));
        }
    }

    [Fact]
    public void Random_bytes_decoded_as_text_never_throw()
    {
        var random = new Random(1395_03_01);
        var encodings = new[] { System.Text.Encoding.UTF8, System.Text.Encoding.Unicode, System.Text.Encoding.Latin1 };
        for (var n = 0; n < 3_000; n++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            AssertOneOfDateOrError(encodings[n % encodings.Length].GetString(bytes));
        }
    }

    [Fact]
    public void Random_persian_dates_digits_separators_and_names_never_throw()
    {
        var random = new Random(1397_10_30);
        var found = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 25)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            found += AssertOneOfDateOrError(text) ? 1 : 0;
        }

        // The mix must reach the readers, or this test proves little.
        Assert.InRange(found, 100, 19_000);
    }

    [Fact]
    public void Well_formed_random_dates_round_trip_in_any_digit_script_and_position()
    {
        var random = new Random(1404_03_09);
        var persian = new System.Globalization.PersianCalendar();
        for (var n = 0; n < 3_000; n++)
        {
            var year = random.Next(1300, 1451);
            var month = random.Next(1, 13);
            var day = random.Next(1, persian.GetDaysInMonth(year, month) + 1);
            var (hour, minute, second) = (random.Next(1, 23), random.Next(60), random.Next(60));
            var date = $"{year}{"/-."[n % 3]}{month:00}{"/-."[n % 3]}{day}";
            var time = $"{hour}:{minute:00}:{second:00}";
            var text = (n % 4) switch
            {
                0 => $"تاریخ انتشار: {date} - {time}",
                1 => $"{time} &nbsp;-&nbsp; {date} نظر شما",
                2 => $"{date}\u00A0ساعت {time}",
                _ => $"کد خبر: ۲۱۰۲۲۹ | {date} | {time}",
            };
            text = (n % 3) switch { 0 => Digits.ToPersian(text), 1 => ToArabicIndic(text), _ => text };

            var result = PersianDateParser.Parse(text);

            Assert.True(result.Success, $"'{text}': {result.Error}");
            Assert.Equal(TehranTime.FromJalali(year, month, day, hour, minute, second), result.Date!.Instant);
        }
    }

    [Fact]
    public void A_megabyte_of_repeated_date_fragments_never_throws()
    {
        foreach (var fragment in new[] { "۱۴۰۳/", "1:", "۱ ", "شنبه ", "+", "۱۴۰۳/۰۱/", "12:00 - ", "&nbsp" })
        {
            var text = string.Concat(Enumerable.Repeat(fragment, 1_000_000 / fragment.Length));
            AssertOneOfDateOrError(text);
        }
    }

    private static bool AssertOneOfDateOrError(string text)
    {
        var result = PersianDateParser.Parse(text);
        Assert.True(result.Success != (result.Error is not null), $"'{text}' gave both or neither");
        Assert.True(result.Success || result.Error!.Length < 400, $"'{text}' gave a {result.Error?.Length}-character error");
        return result.Success;
    }

    private static string ToArabicIndic(string text) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c));
}
