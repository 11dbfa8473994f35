using System.Text;
using Khabar.Persian.Normalization;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>Random bytes and random Persian through the streaming normalizer: a line out for every line in, never a throw.</summary>
public sealed class RandomStreamTests
{
    private static readonly string[] Pieces =
    [
        "ك", "ي", "ى", "ە", "ۀ", "ة", "أ", "إ", "ؤ", "ئ", "ء", "ـ", "\u064B", "\u0651", "\u0670", "ا", "ب", "پ", "ت", "ش", "گ", "ژ", "ه", "ی",
        "می", "ها", "های", "ترین", "کتاب", "بین", "الملل", "\u200C", "\u200C\u200C", "\u200B", "\u200D", "\u200E", "\u00AC", "\u00A0", " ", "  ",
        "۰", "۱", "۹", "٠", "٤", "٥", "0", "9", "٫", "٬", ".", ",", "«", "»", "،", "؛", "؟", "!", ":", "(", ")", "\"", "'",
        "&zwnj;", "&nbsp;", "&#1740;", "&#x6cc;", "&amp;", "&", "#", ";", "<p>", "</b>", "\uFFFD", "\uFEFF", "\uD83D\uDE00", "\uD83D", "\0",
        "\r", "\n", "\r\n", "\t", "\v", "\f", "\u2028", "\u2029", "\u0085",
    ];

    [Fact]
    public void Random_bytes_give_one_normalized_line_per_line_read()
    {
        var random = new Random(1403_05_01);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);

            AssertLineForLine(bytes, PersianNormalizer.Default);
        }
    }

    [Fact]
    public void Random_Persian_gives_one_normalized_line_per_line_read_under_every_option()
    {
        var random = new Random(1403_05_02);
        PersianNormalizer[] normalizers =
        [
            PersianNormalizer.Default,
            new(new NormalizerOptions { DigitScript = DigitScript.Ascii, KeepDiacritics = true, Guillemets = true, FoldTehMarbuta = true }),
            new(new NormalizerOptions { HalfSpace = false, HehYeh = HehYehMode.FoldToHeh, FoldHamzaAlef = true, DecodeEntities = false, PunctuationSpacing = false }),
        ];
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 200)).Select(_ => Pieces[random.Next(Pieces.Length)]));

            AssertLineForLine(Encoding.UTF8.GetBytes(text), normalizers[i % normalizers.Length]);
        }
    }

    [Fact]
    public void A_megabyte_line_of_one_piece_is_read_whole()
    {
        foreach (var piece in new[] { "\u200C", "ك", "۱", "&zwnj;", "می ", "«" })
        {
            var text = string.Concat(Enumerable.Repeat(piece, 1_000_000 / piece.Length));

            AssertLineForLine(Encoding.UTF8.GetBytes(text), PersianNormalizer.Default);
        }
    }

    [Fact]
    public void A_line_separator_inside_a_line_does_not_split_it()
    {
        using var input = new StringReader("كتاب\u2028ها\r\nمی\u0085شود\u2029");
        using var output = new StringWriter { NewLine = "\n" };

        NormalizerStream.Run(input, output, PersianNormalizer.Default);

        Assert.Equal(2, output.ToString().Count(c => c == '\n'));
        Assert.StartsWith("کتاب ", output.ToString(), StringComparison.Ordinal);
    }

    // Read as the normalize command reads standard input; every line out is the line in, normalized.
    private static void AssertLineForLine(byte[] bytes, PersianNormalizer normalizer)
    {
        using var input = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        using var output = new StringWriter { NewLine = "\n" };

        NormalizerStream.Run(input, output, normalizer);

        var lines = new List<string>();
        using (var again = new StreamReader(new MemoryStream(bytes), Encoding.UTF8))
        {
            while (again.ReadLine() is { } line)
            {
                lines.Add(normalizer.Normalize(line).Replace('\n', ' '));
            }
        }

        Assert.Equal(string.Concat(lines.Select(l => l + "\n")), output.ToString());
        Assert.Equal(lines.Count, output.ToString().Count(c => c == '\n'));
    }
}
