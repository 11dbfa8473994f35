using System.Text;

namespace Khabar.Core.Tests.Reading;

/// <summary>Random bytes and random Persian through reader and extractor: an article or an error, never a throw.</summary>
public sealed class RandomInputTests
{
    private const string Alphabet = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءآأئؤةيك۰۱۲۳۴۵۶۷۸۹0123456789 \n\n،.:؛؟!«»()/-\u200C\u200E\u00A0ـًٌٍَُِّ";
    private static readonly string[] Words =
        ["به", "گزارش", "خبرگزاری", "کد", "خبر:", "انتهای", "پیام/", "۱۴۰۳/۰۱/۱۱", "-", "۱۱:۰۰", "نظر", "شما", "برچسب‌ها:", "گروه", "،", "\n", "\n\n"];

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20240330);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);

            var result = Extract.Bytes(bytes);

            Assert.True(result.Article is not null ^ result.Error is not null);
        }
    }

    [Fact]
    public void Random_Persian_characters_and_page_words_never_throw()
    {
        var random = new Random(13950301);
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 400);
            for (var j = 0; j < length; j++)
            {
                text.Append(random.Next(3) == 0 ? Words[random.Next(Words.Length)] + " " : Alphabet[random.Next(Alphabet.Length)]);
            }

            var result = Extract.Text(text.ToString());

            Assert.True(result.Article is not null ^ result.Error is not null);
            Assert.True(result.Error is null || !result.Error.Reason.StartsWith("internal error", StringComparison.Ordinal), result.Error?.Reason);
        }
    }
}
