using System.Buffers;
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
        var (limit, controls) = (sample.Length / 100, 0);
        for (var at = sample.IndexOfAny(Controls); at >= 0; at = sample.IndexOfAny(Controls))
        {
            if (++controls > limit)
            {
                return true;
            }

            sample = sample[(at + 1)..];
        }

        return false;
    }

    // Control bytes other than tab, line feed, form feed, carriage return and escape.
    private static readonly SearchValues<byte> Controls = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F]);
}
