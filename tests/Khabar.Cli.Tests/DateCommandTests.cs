namespace Khabar.Cli.Tests;

public sealed class DateCommandTests
{
    [Theory]
    [InlineData("شنبه ۱ خرداد ۱۳۹۵ - ۲۳:۵۲", "2016-05-21T23:52:00+04:30")]
    [InlineData("۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰:۰۱", "2024-03-30T11:00:01+03:30")]
    [InlineData("1403-1-11", "2024-03-30T00:00:00+03:30")]
    [InlineData("۹ خرداد ۱۴۰۴ / ۱۹:۳۱", "2025-05-30T19:31:00+03:30")]
    public void Date_prints_the_ISO_instant_with_Tehran_offset(string text, string expected)
    {
        var (exit, output, _) = Cli.Run("date", text);

        Assert.Equal(0, exit);
        Assert.Equal(expected + "\n", output);
    }

    [Fact]
    public void Words_given_as_separate_arguments_are_joined()
    {
        var (exit, output, _) = Cli.Run("date", "شنبه", "۱", "خرداد", "۱۳۹۵", "-", "۲۳:۵۲");

        Assert.Equal(0, exit);
        Assert.Equal("2016-05-21T23:52:00+04:30\n", output);
    }

    [Theory]
    [InlineData("۱۴۰۳/۱۳/۰۱")]
    [InlineData("۳۰ اسفند ۱۴۰۲")]
    [InlineData("یکشنبه ۱ خرداد ۱۳۹۵")]
    [InlineData("no date here")]
    public void An_impossible_or_missing_date_is_an_error_on_stderr(string text)
    {
        var (exit, output, error) = Cli.Run("date", text);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("khabar date: ", error, StringComparison.Ordinal);
    }
}
