using Khabar.Persian.Normalization;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>
/// The spacing pass copies marks already spaced as it writes them in bulk with the text around them; on any text it
/// writes exactly what it writes when it visits every mark.
/// </summary>
public sealed class PunctuationPassTests
{
    private const string Alphabet = "ابکی aZ09۱۲ .:!()،؛؟«»\n\"/-";

    [Fact]
    public void PassingSpacedMarksChangesNothing()
    {
        var random = new Random(5501);
        var changed = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = new char[random.Next(1, 40)];
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            var passed = Run(text, passSpaced: true);
            var visited = Run(text, passSpaced: false);
            Assert.Equal(visited, passed);
            changed += visited == new string(text) ? 0 : 1;
        }

        // The texts exercise the pass: most of them have something it changes.
        Assert.True(changed > 10_000, $"only {changed} texts changed");
    }

    [Theory]
    [InlineData("گفت، «این» (نه).\nو")]
    [InlineData("گفت ، «این »( نه) .و")]
    public void WritesTheSameOnBothPaths(string text) =>
        Assert.Equal(Run(text.ToCharArray(), passSpaced: false), Run(text.ToCharArray(), passSpaced: true));

    private static string Run(char[] text, bool passSpaced)
    {
        var sink = new CharSink(text.Length * 2);
        try
        {
            PunctuationPass.Run(text, ref sink, passSpaced);
            return sink.Written.ToString();
        }
        finally
        {
            sink.Dispose();
        }
    }
}
