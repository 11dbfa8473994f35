using Khabar.Persian.Normalization;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>
/// The number pass copies numbers already written in the chosen script in bulk with the text around them; on any
/// text it writes exactly what it writes when it visits every number.
/// </summary>
public sealed class NumberRunTests
{
    private const string Alphabet = "ابکی aZ 05۰۵٠٥.,:/٫٬@_\n-";

    [Theory]
    [InlineData(DigitScript.Persian)]
    [InlineData(DigitScript.Ascii)]
    public void PassingWrittenNumbersChangesNothing(DigitScript script)
    {
        var random = new Random(2207);
        var changed = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = new char[random.Next(1, 30)];
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            var visited = Run(text, script, passWritten: false);
            Assert.Equal(visited, Run(text, script, passWritten: true));
            changed += visited == new string(text) ? 0 : 1;
        }

        Assert.True(changed > 10_000, $"only {changed} texts changed");
    }

    private static string Run(char[] text, DigitScript script, bool passWritten)
    {
        var sink = new CharSink(text.Length * 2);
        try
        {
            NumberRun.Pass(text, script, ref sink, passWritten);
            return sink.Written.ToString();
        }
        finally
        {
            sink.Dispose();
        }
    }
}
