using Khabar.Archive.Dedup;
using Khabar.Model;

namespace Khabar.Archive.Tests.Dedup;

public sealed class FingerprintTests
{
    private static readonly Fingerprinter Fingerprinter = new();

    private static Article Of(params string[] paragraphs) => new() { Source = "test", Paragraphs = paragraphs };

    [Fact]
    public void Spacing_half_spaces_and_letter_variants_give_the_same_fingerprint()
    {
        var a = Of("به گزارش ایسنا، وزیر اقتصاد گفت: بودجه‌های عمرانی امسال افزایش می‌یابد و کتاب‌ها ۲۰ درصد ارزان‌تر می‌شوند.");
        var b = Of("به گزارش خبرگزاری برنا ، وزير اقتصاد گفت : بودجه هاي عمراني امسال افزايش مي يابد و كتابها 20 درصد ارزانتر ميشوند.");

        Assert.Equal(Fingerprinter.Of(a), Fingerprinter.Of(b), FingerprintComparer.Instance);
    }

    [Theory]
    [InlineData("به گزارش ایسنا، متن خبر", "متن خبر")]
    [InlineData("به گزارش گروه بین‌الملل خبرگزاری برنا، متن خبر", "متن خبر")]
    [InlineData("به گزارش \"ورزش سه\"، متن خبر", "متن خبر")]
    [InlineData("خبرگزاری فارس: متن خبر", "متن خبر")]
    [InlineData("وزیر گفت، متن خبر", "وزیر گفت، متن خبر")]
    public void The_agency_opener_is_stripped(string paragraph, string copy) =>
        Assert.Equal(copy, AgencyChrome.StripOpener(paragraph));

    [Theory]
    [InlineData("انتهای پیام/", true)]
    [InlineData("بیشتر بخوانید: قیمت دلار امروز", true)]
    [InlineData("ک.ع/", true)]
    [InlineData("وزیر اقتصاد گفت بودجه افزایش می‌یابد.", false)]
    public void Chrome_lines_are_recognised(string paragraph, bool chrome) =>
        Assert.Equal(chrome, AgencyChrome.IsChrome(paragraph));

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(8);
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : (char)random.Next(0x600, 0x700);
            }

            var text = new string(chars);
            var fingerprint = Fingerprinter.Of(Of(text.Split('\n')) with { Lead = random.Next(2) == 0 ? null : text });
            Assert.True(fingerprint.Signature.Length is 0 or 128);
        }
    }

    private sealed class FingerprintComparer : IEqualityComparer<Fingerprint>
    {
        public static readonly FingerprintComparer Instance = new();

        public bool Equals(Fingerprint? x, Fingerprint? y) =>
            x!.ExactHash == y!.ExactHash && x.Shingles == y.Shingles && x.Signature.SequenceEqual(y.Signature);

        public int GetHashCode(Fingerprint obj) => obj.ExactHash.GetHashCode();
    }
}
