using System.Text;
using Khabar.Persian.Text;

namespace Khabar.Extraction;

/// <summary>
/// A comparison key for short Persian phrases: letters folded, digits ASCII, and every space, half-space, kashida
/// and invisible mark dropped, so <c>بینالملل</c>, <c>بین الملل</c> and <c>بین‌الملل</c> compare equal.
/// </summary>
public static class PersianKey
{
    /// <summary>The key of the text.</summary>
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
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
}
