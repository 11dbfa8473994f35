namespace Khabar.Cli.Tests;

public sealed class NormalizeCommandTests
{
    [Fact]
    public void Normalize_repairs_lost_half_spaces_line_by_line()
    {
        var (exit, output, _) = Cli.RunWithInput("تازه ترین بیانیه حماس میبرد\nهیئتهای بینالملل\n", "normalize");

        Assert.Equal(0, exit);
        Assert.Equal("تازه\u200Cترین بیانیه حماس می\u200Cبرد\nهیئت\u200Cهای بین\u200Cالملل\n", output);
    }

    [Fact]
    public void Options_turn_repair_off_and_choose_the_digit_script()
    {
        var (exit, output, _) = Cli.RunWithInput("كتابهاي ۱۲ تازه\n", "normalize", "--no-halfspace", "--digits", "ascii");

        Assert.Equal(0, exit);
        Assert.Equal("کتابهای 12 تازه\n", output);
    }

    [Fact]
    public void Words_that_only_look_like_a_prefix_stay_as_they_are()
    {
        var (_, output, _) = Cli.RunWithInput("در عرصه های سیاسی و میدانی و میادین\n", "normalize");

        Assert.Contains("سیاسی و میدانی و میادین", output, StringComparison.Ordinal);
    }
}
