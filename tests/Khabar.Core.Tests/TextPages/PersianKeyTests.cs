using System.Text;
using Khabar.Extraction;
using Khabar.Persian.Text;

namespace Khabar.Core.Tests.TextPages;

/// <summary>The phrase key, character by character and on long text, against its definition written out plainly.</summary>
public sealed class PersianKeyTests
{
    // The definition: fold Arabic letters, ASCII digits, drop all but letters and digits (and the kashida), lower case.
    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        foreach (var raw in text)
        {
            var c = TextTidy.Fold(raw);
            if (Digits.ValueOf(c) is var digit and >= 0)
            {
                builder.Append((char)('0' + digit));
            }
            else if (char.IsLetterOrDigit(c) && c != '\u0640')
            {
                builder.Append(c is 'ة' or 'ۀ' ? 'ه' : c is 'أ' or 'إ' or 'آ' ? 'ا' : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void Every_character_keys_as_the_definition_says()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            Assert.Equal(Reference(text), PersianKey.Of(text));
        }
    }

    [Fact]
    public void Long_and_mixed_text_keys_as_the_definition_says()
    {
        var random = new Random(3);
        string[] parts = ["بین‌الملل", "ي", "ك", "ۀ", "أ", "۱۴۰۳", "٢٠", "ABC", "Çİ", "ـ", " ", "\u200C", "😀", "ΣΑ", "Ⅻ", ".", "، "];
        foreach (var length in new[] { 0, 1, 60, 255, 256, 257, 300, 5000 })
        {
            var text = new StringBuilder();
            while (text.Length < length)
            {
                text.Append(parts[random.Next(parts.Length)]);
            }

            Assert.Equal(Reference(text.ToString()), PersianKey.Of(text.ToString()));
        }

        Assert.Equal("بینالملل1403", PersianKey.Of("بین‌الملل ۱۴۰۳"));
    }
}
