using System.Text;
using Khabar.Archive.Search;
using Khabar.Persian.Text;

namespace Khabar.Archive.Tests;

/// <summary>
/// Date filters (<c>--from</c>/<c>--to</c> and the API's <c>from</c>/<c>to</c>) fed random bytes and random Persian:
/// a bound, nothing for blank text, or an error that quotes the text; never a throw.
/// </summary>
public sealed class DateBoundTests
{
    private static readonly string[] Pieces =
    [
        "۱۴۰۳", "۱۳۹۹", "1403", "2024", "٢٠٢٤", "۰۱", "۱۲", "۳۱", "۳۰", "13", "45", "1", "/", "-", ".", ":", " ", "\u00A0", "\u200C", "T", "Z", "+",
        "فروردین", "اسفند", "دی", "ماه", "شنبه", "جمعه", "ساعت", "مارس", "رمضان", "ق", "ظ", "«", "»", "،", "؛", "؟", "<b>", "&nbsp;", "\0", "\uD83D",
    ];

    [Fact]
    public void Random_text_is_a_bound_or_an_error_quoting_it()
    {
        var random = new Random(1403_06_01);
        var bounds = 0;
        for (var i = 0; i < 5000; i++)
        {
            var text = (i % 3) switch
            {
                0 => Encoding.UTF8.GetString(Bytes(random, 60)),
                1 => Noise(random, 12),
                _ => $"{Noise(random, 2)}{Digits.ToPersian($"{random.Next(1300, 1450)}/{random.Next(1, 13)}/{random.Next(1, 32)}")}{Noise(random, 3)}",
            };

            var (from, fromError) = DateBound.Parse(text, endOfDay: false);
            var (to, toError) = DateBound.Parse(text, endOfDay: true);

            Assert.Equal(fromError, toError);
            if (string.IsNullOrWhiteSpace(text))
            {
                Assert.True(from is null && fromError is null, $"blank '{text}' gave {from} {fromError}");
                continue;
            }

            Assert.True(from is not null ^ fromError is not null, $"'{text}' gave both or neither");
            if (fromError is not null)
            {
                Assert.StartsWith($"cannot read the date '{text}': ", fromError, StringComparison.Ordinal);
                Assert.True(fromError.Length < text.Length + 400, fromError);
            }
            else
            {
                bounds++;
                Assert.True(to >= from, $"'{text}': {to} before {from}");
                Assert.True(to - from < TimeSpan.FromDays(1), $"'{text}': {from} to {to}");
            }
        }

        // The mix must reach the date readers, or this test proves little.
        Assert.InRange(bounds, 50, 4000);
    }

    private static string Noise(Random random, int max) =>
        string.Concat(Enumerable.Range(0, random.Next(0, max)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static byte[] Bytes(Random random, int max)
    {
        var bytes = new byte[random.Next(max)];
        random.NextBytes(bytes);
        return bytes;
    }
}
