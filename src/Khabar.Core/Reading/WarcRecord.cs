namespace Khabar.Reading;

/// <summary>One WARC record: its type, target URI, content type and block (empty when it was too big to keep).</summary>
internal sealed record WarcRecord(string? Type, string? TargetUri, string? ContentType, byte[] Block, bool Skipped)
{
    /// <summary>The next record, null at the end, or the reason the archive cannot be read on.</summary>
    public static (WarcRecord? Record, string? Error) Next(Stream stream, long maxBlock)
    {
        try
        {
            if (HeaderBlock.Read(stream) is not var (version, headers))
            {
                return (null, null);
            }

            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            {
                return (null, "not a WARC record: " + version[..Math.Min(version.Length, 40)]);
            }

            if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), out var length) || length < 0)
            {
                return (null, "WARC record without a valid Content-Length");
            }

            var type = headers.GetValueOrDefault("WARC-Type")?.ToLowerInvariant();
            var uri = headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>', ' ');
            var keep = type is "response" or "resource" && length <= maxBlock + 64 * 1024;
            var block = keep ? new byte[length] : [];
            if (keep)
            {
                stream.ReadExactly(block);
            }
            else
            {
                Skip(stream, length);
            }

            return (new WarcRecord(type, uri, headers.GetValueOrDefault("Content-Type"), block, !keep && type is "response" or "resource"), null);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            return (null, "broken archive: " + e.Message);
        }
    }

    private static void Skip(Stream stream, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
            {
                throw new EndOfStreamException("the archive ends inside a record");
            }

            length -= read;
        }
    }
}
