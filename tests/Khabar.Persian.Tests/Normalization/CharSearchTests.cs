using Khabar.Persian.Normalization;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>
/// The vectorized searches of the spacing and number passes find exactly the first character a plain test finds,
/// wherever it falls in the 16-character blocks, next to the characters their filters let through.
/// </summary>
public sealed class CharSearchTests
{
    // Digits and marks of every kind, and characters one bit or one code point away from them.
    private const string Alphabet = "ابیکگ \n0189/,.:!()*'\u06F0\u06F9\u0660\u0669\u066B\u066C\u0670\u06E0\u06E9\u06EF\u06FA\u065F\u066A"
        + "\u060C\u060B\u060D\u061B\u061F\u061E\u00AB\u00BB\u00AA\u00BC\u2028\u200C\uFFFF\u0128\u0129\u0030\u0039\u002F\u003A";

    [Fact]
    public void FindsWhatAPlainTestFinds()
    {
        var random = new Random(1722);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new char[random.Next(0, 70)];
            for (var i = 0; i < text.Length; i++)
            {
                // Mostly letters, so that hits fall anywhere in a block and some texts have none.
                text[i] = random.Next(6) == 0 ? Alphabet[random.Next(Alphabet.Length)] : Alphabet[random.Next(5)];
            }

            Assert.Equal(Array.FindIndex(text, NumberRun.IsDigit), CharSearch.IndexOfDigit(text));
            Assert.Equal(Array.FindIndex(text, c => ".:!()\u060C\u061B\u061F\u00AB\u00BB".Contains(c)), CharSearch.IndexOfMark(text));
        }
    }

    [Fact]
    public void EveryCharacterIsTestedAsThePlainTestDoes()
    {
        var text = new char[40];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Array.Fill(text, 'ب');
            text[19] = (char)c;
            Assert.Equal(NumberRun.IsDigit((char)c) ? 19 : -1, CharSearch.IndexOfDigit(text));
            Assert.Equal(".:!()\u060C\u061B\u061F\u00AB\u00BB".Contains((char)c) ? 19 : -1, CharSearch.IndexOfMark(text));
        }
    }

    [Fact]
    public void SkipsOnlyWholeBlocksOfCommonCharacters()
    {
        var random = new Random(913);
        const string common = "ابتسشصکگیپچژءئؤأإةآ 0a.،؛؟«»۰۹";
        const string other = "\u200C\u200C\u200C \nيكىٰـً\u00A0\u0643\u0649\u06C0\u0660";
        var skipped = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new char[random.Next(1, 120)];
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = random.Next(40) == 0 ? other[random.Next(other.Length)] : common[random.Next(common.Length)];
            }

            var from = random.Next(1, text.Length + 1);
            var end = CharSearch.SkipCommon(text, from);
            Assert.Equal(0, (end - from) % 16);
            Assert.True(end <= text.Length);
            for (var i = from; i < end; i++)
            {
                var c = text[i];
                Assert.True(c == ArabicScript.Zwnj
                    ? CharSearch.IsCommonLetter(text[i - 1]) && i + 1 < text.Length && CharSearch.IsCommonLetter(text[i + 1])
                    : CharSearch.IsCommon(c) && !(c == ' ' && i + 1 < text.Length && text[i + 1] == ' '), $"{i} in {new string(text)}");
            }

            // A block is passed over whenever every character in it may be.
            if (end + 17 <= text.Length && Enumerable.Range(end, 16).All(i => Passable(text, i)))
            {
                Assert.Fail($"stopped at {end} before a block it may pass: {new string(text)}");
            }

            skipped += end - from;
        }

        Assert.True(skipped > 100_000, $"only {skipped} characters skipped");
    }

    [Fact]
    public void TheDefaultOptionsCopyEveryCommonCharacterAsItIs()
    {
        Assert.True(new CharTable(NormalizerOptions.Default).CommonPlain);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(!CharSearch.IsCommonLetter((char)c) || (CharSearch.IsCommon((char)c) && char.IsLetter((char)c)));
        }
    }

    private static bool Passable(char[] text, int i) => text[i] == ArabicScript.Zwnj
        ? CharSearch.IsCommonLetter(text[i - 1]) && CharSearch.IsCommonLetter(text[i + 1])
        : CharSearch.IsCommon(text[i]) && !(text[i] == ' ' && text[i + 1] == ' ');
}
