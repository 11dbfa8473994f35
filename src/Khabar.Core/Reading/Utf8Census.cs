using System.Text;

namespace Khabar.Reading;

/// <summary>Counts well-formed multi-byte UTF-8 sequences against broken ones, to tell UTF-8 from other charsets.</summary>
internal static class Utf8Census
{
    /// <summary>Valid multi-byte sequences and invalid sequences; an incomplete sequence at the very end is not counted.</summary>
    public static (int Valid, int Invalid) Count(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else if (status == System.Buffers.OperationStatus.InvalidData)
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (valid, invalid);
    }

    /// <summary>True when the bytes hold more control characters than any text does.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 65536)];
        var controls = 0;
        foreach (var b in sample)
        {
            controls += b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B) ? 1 : 0;
        }

        return controls > sample.Length / 100;
    }
}
