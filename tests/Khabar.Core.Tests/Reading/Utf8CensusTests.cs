using System.Text;
using Khabar.Reading;

namespace Khabar.Core.Tests.Reading;

/// <summary>The binary test and the UTF-8 choice against their plain definitions, on random bytes of every mix.</summary>
public sealed class Utf8CensusTests
{
    // The definition: more than one byte in a hundred of the first 64 KiB is a control other than tab, LF, FF, CR, ESC.
    private static bool LooksBinaryByDefinition(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 65536));
        var controls = 0;
        foreach (var b in sample)
        {
            controls += b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B) ? 1 : 0;
        }

        return controls > sample.Length / 100;
    }

    [Fact]
    public void Binary_test_matches_its_definition()
    {
        var random = new Random(5);
        var (binary, text) = (0, 0);
        foreach (var length in new[] { 0, 1, 99, 100, 101, 1000, 65535, 65536, 65537, 200_000 })
        {
            foreach (var controlShare in new[] { 0.0, 0.005, 0.0099, 0.01, 0.0101, 0.02, 0.5 })
            {
                var bytes = new byte[length];
                for (var i = 0; i < length; i++)
                {
                    bytes[i] = random.NextDouble() < controlShare ? (byte)random.Next(0, 0x20) : (byte)random.Next(0x20, 0x100);
                }

                var expected = LooksBinaryByDefinition(bytes);
                Assert.Equal(expected, Utf8Census.LooksBinary(bytes));
                (binary, text) = expected ? (binary + 1, text) : (binary, text + 1);
            }
        }

        Assert.True(binary > 10 && text > 10, $"{binary} binary and {text} text samples");
    }

    [Fact]
    public void Valid_cut_and_broken_utf8_decode_as_the_census_decides()
    {
        var persian = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>خبرگزاری برنا: رئیس‌جمهور امروز گفت. ۱۴۰۳</p>", 3)) + "</body></html>");
        Assert.Equal(("utf-8", Encoding.UTF8.GetString(persian)), Decoded(persian));

        // A page cut inside its last character, and one with a broken sequence among 50 good ones: still UTF-8.
        var cut = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("خبر ", 30)))[..^2];
        Assert.Equal(("utf-8", Encoding.UTF8.GetString(cut)), Decoded(cut));
        var broken = persian.ToArray();
        broken[20] = 0xFF;
        Assert.Equal(("utf-8", Encoding.UTF8.GetString(broken)), Decoded(broken));
    }

    private static (string Charset, string? Text) Decoded(byte[] bytes)
    {
        var (text, charset, _) = PageDecoder.Decode(bytes);
        return (charset, text);
    }
}
