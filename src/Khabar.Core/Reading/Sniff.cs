using System.Text;

namespace Khabar.Reading;

/// <summary>Recognises formats by an input's name and its first bytes.</summary>
public static class Sniff
{
    /// <summary>True when the name ends with one of the extensions (compared without case).</summary>
    public static bool NameEndsWith(string source, params ReadOnlySpan<string> extensions)
    {
        foreach (var extension in extensions)
        {
            if (source.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the head holds the ASCII marker, compared without case.</summary>
    public static bool Contains(ReadOnlySpan<byte> head, string marker)
    {
        Span<byte> needle = stackalloc byte[marker.Length];
        Encoding.ASCII.GetBytes(marker, needle);
        for (var at = head.IndexOf(needle[0]); at >= 0; at = NextIndex(head, needle[0], at))
        {
            if (head.Length - at >= needle.Length && Ascii.EqualsIgnoreCase(head.Slice(at, needle.Length), needle))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the head, after a byte-order mark and white space, starts with the ASCII marker.</summary>
    public static bool StartsWith(ReadOnlySpan<byte> head, string marker)
    {
        if (head is [0xEF, 0xBB, 0xBF, ..])
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);
        return head.Length >= marker.Length && Ascii.EqualsIgnoreCase(head[..marker.Length], Encoding.ASCII.GetBytes(marker));
    }

    /// <summary>True when the source names a web address.</summary>
    public static bool IsUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static int NextIndex(ReadOnlySpan<byte> head, byte first, int at)
    {
        var next = head[(at + 1)..].IndexOf(first);
        return next < 0 ? -1 : at + 1 + next;
    }
}
