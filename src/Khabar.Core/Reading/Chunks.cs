using System.Globalization;
using System.Text;

namespace Khabar.Reading;

/// <summary>Joins an HTTP/1.1 chunked body; a broken chunk list keeps what came before it.</summary>
internal static class Chunks
{
    /// <summary>The body without its chunk framing.</summary>
    public static byte[] Join(byte[] chunked)
    {
        using var output = new MemoryStream(chunked.Length);
        var at = 0;
        while (at < chunked.Length)
        {
            var lineEnd = Array.IndexOf(chunked, (byte)'\n', at);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(chunked, at, lineEnd - at).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size <= 0)
            {
                break;
            }

            at = lineEnd + 1;
            var take = Math.Min(size, chunked.Length - at);
            output.Write(chunked, at, take);
            at += take + 2;
        }

        return output.ToArray();
    }
}
