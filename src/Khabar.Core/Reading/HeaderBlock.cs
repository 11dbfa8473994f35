using System.Text;

namespace Khabar.Reading;

/// <summary>Reads "Name: value" header lines up to a blank line, as WARC and HTTP write them, within fixed limits.</summary>
internal static class HeaderBlock
{
    private const int MaxLine = 16 * 1024;
    private const int MaxHeaders = 256;

    /// <summary>The first line and the headers, or null at the end of the stream; throws on lines past the limits.</summary>
    public static (string FirstLine, Dictionary<string, string> Headers)? Read(Stream stream)
    {
        string? first;
        do
        {
            first = ReadLine(stream);
            if (first is null)
            {
                return null;
            }
        }
        while (first.Length == 0);

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = ReadLine(stream); !string.IsNullOrEmpty(line); line = ReadLine(stream))
        {
            if (headers.Count >= MaxHeaders)
            {
                throw new InvalidDataException($"more than {MaxHeaders} header lines");
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
            }
        }

        return (first, headers);
    }

    /// <summary>One line without its CR LF, or null at the end of the stream.</summary>
    public static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>(128);
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            if (bytes.Count >= MaxLine)
            {
                throw new InvalidDataException($"a header line longer than {MaxLine} bytes");
            }

            bytes.Add((byte)b);
        }

        if (b < 0 && bytes.Count == 0)
        {
            return null;
        }

        if (bytes.Count > 0 && bytes[^1] == '\r')
        {
            bytes.RemoveAt(bytes.Count - 1);
        }

        return Encoding.Latin1.GetString(bytes.ToArray());
    }
}
