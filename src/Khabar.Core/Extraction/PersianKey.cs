using System.Buffers;
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
        // Built in place: the key is never longer than the text, and each character maps to at most one.
        char[]? pooled = null;
        var buffer = text.Length > 256 ? pooled = ArrayPool<char>.Shared.Rent(text.Length) : stackalloc char[256];
        var length = 0;
        foreach (var raw in text)
        {
            var c = TextTidy.Fold(raw);
            if (Digits.ValueOf(c) is var digit and >= 0)
            {
                buffer[length++] = (char)('0' + digit);
            }
            else if (char.IsLetterOrDigit(c) && c != '\u0640')
            {
                buffer[length++] = c is 'ة' or 'ۀ' ? 'ه' : c is 'أ' or 'إ' or 'آ' ? 'ا' : TextTidy.Lower(c);
            }
        }

        var key = new string(buffer[..length]);
        if (pooled is not null)
        {
            ArrayPool<char>.Shared.Return(pooled);
        }

        return key;
    }
}
