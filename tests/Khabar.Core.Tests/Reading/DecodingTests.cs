using System.Text;
using Khabar.Testing;

namespace Khabar.Core.Tests.Reading;

public sealed class DecodingTests
{
    private static readonly string Seed = File.ReadAllText(Repo.File("samples", "borna-2076019.txt"));

    static DecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, bool> Utf16Forms() => new()
    {
        { "utf-16le", true }, { "utf-16le", false }, { "utf-16be", true }, { "utf-16be", false },
    };

    [Theory]
    [MemberData(nameof(Utf16Forms))]
    public void UTF16_pages_are_decoded_with_or_without_a_byte_order_mark(string charset, bool mark)
    {
        var encoding = Encoding.GetEncoding(charset);
        var bytes = (mark ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(Seed)).ToArray();

        var article = Extract.Bytes(bytes).Article;

        Assert.NotNull(article);
        Assert.Equal("2076019", article.NewsId);
        Assert.Equal(9, article.Paragraphs.Count);
    }

    [Fact]
    public void Windows_1256_pages_are_decoded()
    {
        // Pages of that era spell ی, ک and digits with the Arabic letters and ASCII digits that windows-1256 has.
        var bytes = Encoding.GetEncoding(1256).GetBytes(Khabar.Persian.Text.Digits.ToAscii(Seed).Replace('ی', 'ي').Replace('ک', 'ك'));

        var article = Extract.Bytes(bytes).Article;

        Assert.NotNull(article);
        Assert.Equal("دیدار مقامات ارشد حماس و جهاد اسلامی در تهران", article.Title);
        Assert.Equal(9, article.Paragraphs.Count);
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_not_part_of_the_title()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Seed)).ToArray();

        Assert.Equal("دیدار مقامات ارشد حماس و جهاد اسلامی در تهران", Extract.Bytes(bytes).Article?.Title);
    }

    [Theory]
    [InlineData(new byte[0], "empty input")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }, "binary")]
    public void Empty_and_binary_inputs_are_errors_that_say_why(byte[] bytes, string reason)
    {
        var result = Extract.Bytes(bytes, "odd.txt");

        Assert.Null(result.Article);
        Assert.Equal("odd.txt", result.Error!.Source);
        Assert.Contains(reason, result.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_text_that_is_not_Persian_is_an_error_not_mojibake()
    {
        var bytes = Encoding.Latin1.GetBytes("Café crème brûlée, naïve façade, déjà vu — " + new string('é', 200));

        var result = Extract.Bytes(bytes);

        Assert.Null(result.Article);
        Assert.Contains("windows-1256", result.Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_no_article_text_is_an_error()
    {
        var result = Extract.Text("Hello\nworld\n1234\n");

        Assert.Null(result.Article);
        Assert.Contains("no article found", result.Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_file_is_refused_without_reading_it_whole_and_the_batch_goes_on()
    {
        var big = Path.Combine(Path.GetTempPath(), $"khabar-big-{Guid.NewGuid():N}.txt");
        try
        {
            using (var stream = File.Create(big))
            {
                stream.SetLength(50L * 1024 * 1024);
            }

            var results = Extract.Pipeline.Run([
                Khabar.Reading.InputItem.FromFile(big),
                Khabar.Reading.InputItem.FromFile(Repo.File("samples", "borna-2076019.txt")),
            ]).ToList();

            Assert.Contains("too large: 50.0 MB", results[0].Error!.Reason, StringComparison.Ordinal);
            Assert.Equal("2076019", results[1].Article!.NewsId);
        }
        finally
        {
            File.Delete(big);
        }
    }

    [Fact]
    public void An_unbounded_stream_is_cut_off_at_the_limit()
    {
        var pipeline = new Khabar.Pipeline.PipelineBuilder().UseTextPages().WithMaxPageBytes(1024).Build();
        var item = new Khabar.Reading.InputItem("-", () => new MemoryStream(new byte[10_000]), null);

        var result = pipeline.Run([item]).Single();

        Assert.Contains("too large", result.Error!.Reason, StringComparison.Ordinal);
    }
}
