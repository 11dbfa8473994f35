using Khabar.Persian.Dates;
using Xunit;

namespace Khabar.Persian.Tests.Dates;

public sealed class DateCaseTests
{
    public static IEnumerable<object[]> Cases() => DateCases.Rows();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_in_cases_tsv_parses_as_written(int line, string input, string expected, string check)
    {
        var result = PersianDateParser.Parse(input);
        var because = $"cases.tsv line {line}: '{input}' gave {DateCases.Describe(result)}";

        Assert.True(result.Success != (result.Error is not null), because + " (exactly one of date and error)");
        if (expected == "error")
        {
            Assert.False(result.Success, because);
            Assert.True(result.Error!.Contains(check, StringComparison.Ordinal), $"{because}; expected the error to mention '{check}'");
            Assert.False(PersianDateParser.TryParse(input, out var none));
            Assert.Null(none);
            return;
        }

        Assert.True(result.Success, because);
        Assert.True(expected == DateCases.Iso(result.Date!.Instant), $"{because}; expected {expected}");
        if (check.Length > 0)
        {
            Assert.True(check == $"{result.Date.Calendar} {(result.Date.HasTime ? "time" : "date")}", $"{because}; expected {check}");
        }

        Assert.True(PersianDateParser.TryParse(input, out var date));
        Assert.Equal(result.Date, date);
    }

    [Fact]
    public void Null_text_is_an_error_not_an_exception()
    {
        var result = PersianDateParser.Parse(null);

        Assert.False(result.Success);
        Assert.StartsWith("no date found", result.Error);
    }

    [Fact]
    public void Long_text_without_a_date_gives_a_short_message()
    {
        var text = string.Concat(Enumerable.Repeat("خبری بدون تاریخ ", 10_000));

        var result = PersianDateParser.Parse(text);

        Assert.StartsWith("no date found in 'خبری بدون تاریخ", result.Error);
        Assert.True(result.Error!.Length < 100, result.Error);
    }

    [Fact]
    public void A_date_after_a_megabyte_of_text_is_still_found()
    {
        var text = new string('ا', 1_000_000) + " ۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰:۰۱";

        var result = PersianDateParser.Parse(text);

        Assert.Equal("2024-03-30T11:00:01+03:30", DateCases.Iso(result.Date!.Instant));
    }

    [Fact]
    public void The_first_date_in_the_text_wins()
    {
        var result = PersianDateParser.Parse("شنبه ۱۱ فروردین ۱۴۰۳ - ۱۹ رمضان ۱۴۴۵ - ۳۰ مارس ۲۰۲۴");

        Assert.Equal(DateCalendar.Jalali, result.Date!.Calendar);
        Assert.Equal("2024-03-30T00:00:00+03:30", DateCases.Iso(result.Date.Instant));
    }

    [Fact]
    public void The_error_names_the_text_of_the_impossible_date()
    {
        var result = PersianDateParser.Parse("تاریخ انتشار: ۱۴۰۳/۱۳/۰۱ - ۱۱:۰۰ نظر شما");

        Assert.Equal("1403/13/01 is not a Jalali date: month 13 is out of range (a Jalali year has 12 months) in '۱۴۰۳/۱۳/۰۱ - ۱۱:۰۰'", result.Error);
    }
}
