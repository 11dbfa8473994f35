using System.Text;
using Khabar.Reading;

namespace Khabar.Core.Tests.Html;

/// <summary>HTML charsets: declarations anywhere in the head, wrong declarations, and no silent mojibake.</summary>
public sealed class CharsetTests
{
    // Windows-1256 has Arabic yeh, not the Persian one: old Persian pages are written that way.
    private const string Persian = "به گزارش خبرگزاري برنا، بين‌الملل و مي‌شود و کتاب‌ها در اين خبر آمده است.";

    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string head, Encoding encoding) =>
        encoding.GetBytes($"<html><head>{head}</head><body><p>{Persian}</p></body></html>");

    [Fact]
    public void A_meta_charset_after_the_first_1024_bytes_is_honoured()
    {
        var padding = "<meta name=\"x\" content=\"" + new string('a', 2000) + "\">";
        var bytes = Page(padding + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", Encoding.GetEncoding(1256));

        var (text, charset, _) = PageDecoder.Decode(bytes);

        Assert.Equal("windows-1256", charset);
        Assert.Contains(Persian, text);
    }

    [Fact]
    public void Valid_UTF_8_wins_over_a_wrong_declaration()
    {
        var bytes = Page("<meta charset=\"windows-1256\">", Encoding.UTF8);

        var (text, charset, _) = PageDecoder.Decode(bytes, "iso-8859-1");

        Assert.Equal("utf-8", charset);
        Assert.Contains(Persian, text);
    }

    [Fact]
    public void Windows_1256_declared_as_UTF_8_is_recognised()
    {
        var (text, charset, _) = PageDecoder.Decode(Page("<meta charset=\"utf-8\">", Encoding.GetEncoding(1256)));

        Assert.Equal("windows-1256", charset);
        Assert.Contains(Persian, text);
    }

    [Fact]
    public void Windows_1256_declared_as_Latin_1_by_the_server_is_recognised()
    {
        var (text, charset, _) = PageDecoder.Decode(Page("", Encoding.GetEncoding(1256)), "ISO-8859-1");

        Assert.Equal("windows-1256", charset);
        Assert.Contains(Persian, text);
    }

    [Fact]
    public void A_transport_charset_is_used_for_a_Latin_page()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><p>Café crème à la française, très bien.</p></body></html>");

        var (text, charset, _) = PageDecoder.Decode(bytes, "iso-8859-1");

        Assert.Equal("windows-1252", charset);
        Assert.Contains("Café crème", text);
    }

    [Fact]
    public void Unknown_bytes_with_no_declaration_are_an_error_not_mojibake()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><p>Ça ô ë ï â ê î û ù é è à ç ÿ ö ü</p></body></html>");

        var (text, _, error) = PageDecoder.Decode(bytes);

        Assert.Null(text);
        Assert.Contains("unknown charset", error);
    }

    [Fact]
    public void A_UTF_8_page_cut_in_the_middle_of_a_letter_still_reads_as_UTF_8()
    {
        var bytes = Page("", Encoding.UTF8);
        var cut = bytes[..(Array.IndexOf(bytes, (byte)0xD8, 60) + 1)];

        var (text, charset, _) = PageDecoder.Decode(cut);

        Assert.Equal("utf-8", charset);
        Assert.StartsWith("<html>", text);
    }

    [Fact]
    public void Half_space_entities_decode_to_U_200C()
    {
        var article = HtmlExtract.Article("<html><body><article><p>دولت در نامه&zwnj;ای به وزارت بین&zwnj;الملل گفت که تحریم&zwnj;ها را نمی&#8204;پذیرد و این کار را ادامه می&#x200C;دهد.</p></article></body></html>");

        Assert.Equal("دولت در نامه\u200Cای به وزارت بین\u200Cالملل گفت که تحریم\u200Cها را نمی\u200Cپذیرد و این کار را ادامه می\u200Cدهد.", article.Paragraphs.Single());
    }

    [Fact]
    public void Charset_names_are_read_from_content_type_values()
    {
        Assert.Equal("windows-1256", Charsets.FromContentType("text/html; charset=\"windows-1256\""));
        Assert.Equal("UTF-8", Charsets.FromContentType("text/html;charset=UTF-8; foo=bar"));
        Assert.Null(Charsets.FromContentType("text/html"));
        Assert.Equal(1256, Charsets.Find("cp1256")!.CodePage);
        Assert.Null(Charsets.Find("no-such-charset"));
    }
}
