using System.IO.Compression;

namespace Khabar.Reading;

/// <summary>
/// Reads a ZIP of pages, feeds or web archives: each entry goes to the reader that recognises it. Entries are
/// checked before they are inflated (size, compression ratio) and read with a hard cap, so a bomb is an error
/// for that entry; archives inside the archive are not opened.
/// </summary>
public sealed class ZipPageReader(IReadOnlyList<IPageReader> inner, long maxEntryBytes = TextPageReader.DefaultMaxBytes) : IPageReader
{
    /// <summary>Largest ZIP read when it has to be held in memory (standard input, a URL).</summary>
    public const long MaxBufferedArchiveBytes = 256L * 1024 * 1024;

    private const int MaxEntries = 100_000;
    private const long MaxRatio = 200;

    /// <inheritdoc />
    public bool CanRead(InputItem item, ReadOnlySpan<byte> head) => head is [(byte)'P', (byte)'K', 3, 4, ..] or [(byte)'P', (byte)'K', 5, 6, ..];

    /// <inheritdoc />
    public IEnumerable<PageResult> Read(InputItem item, Stream content)
    {
        var (archive, error) = Open(item, content);
        if (archive is null)
        {
            yield return PageResult.Fail(item.Source, error!);
            yield break;
        }

        using (archive)
        {
            var count = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                if (++count > MaxEntries)
                {
                    yield return PageResult.Fail(item.Source, $"more than {MaxEntries} entries; the rest are not read");
                    yield break;
                }

                foreach (var result in ReadEntry(entry, $"{item.Source}!/{entry.FullName}"))
                {
                    yield return result;
                }
            }
        }
    }

    private IEnumerable<PageResult> ReadEntry(ZipArchiveEntry entry, string source)
    {
        var (bytes, error) = Inflate(entry);
        if (bytes is null)
        {
            return [PageResult.Fail(source, error!)];
        }

        var entryItem = new InputItem(source, () => new MemoryStream(bytes, writable: false), bytes.Length);
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, HeadStream.HeadSize));
        if (CanRead(entryItem, head))
        {
            return [PageResult.Fail(source, "archive inside an archive: not opened")];
        }

        IPageReader reader = new TextPageReader(maxEntryBytes);
        foreach (var candidate in inner)
        {
            if (candidate is not ZipPageReader && candidate.CanRead(entryItem, head))
            {
                reader = candidate;
                break;
            }
        }

        try
        {
            // Read now, so a reader that fails on one entry costs that entry only.
            return reader.Read(entryItem, new MemoryStream(bytes, writable: false)).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [PageResult.Fail(source, $"cannot read ({e.GetType().Name}: {e.Message})")];
        }
    }

    private (byte[]? Bytes, string? Error) Inflate(ZipArchiveEntry entry)
    {
        if (entry.Length > maxEntryBytes)
        {
            return (null, CappedReader.TooLarge(entry.Length, maxEntryBytes));
        }

        if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio)
        {
            return (null, $"compressed {entry.Length / entry.CompressedLength}:1, a decompression bomb; not inflated");
        }

        try
        {
            using var stream = entry.Open();
            var bytes = CappedReader.ReadAll(stream, maxEntryBytes);
            return bytes is null ? (null, CappedReader.TooLarge(0, maxEntryBytes) + " once inflated") : (bytes, null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return (null, "cannot inflate: " + e.Message);
        }
    }

    private static (ZipArchive? Archive, string? Error) Open(InputItem item, Stream content)
    {
        try
        {
            // A file opens again seekable; anything else is held in memory, within a limit.
            var seekable = item.Length is not null && item.Source != "-" ? item.Open() : null;
            if (seekable is { CanSeek: false })
            {
                seekable.Dispose();
                seekable = null;
            }

            if (seekable is null)
            {
                var bytes = CappedReader.ReadAll(content, MaxBufferedArchiveBytes);
                seekable = bytes is null ? null : new MemoryStream(bytes, writable: false);
            }

            return seekable is null ? (null, CappedReader.TooLarge(0, MaxBufferedArchiveBytes)) : (new ZipArchive(seekable, ZipArchiveMode.Read), null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return (null, "not a readable ZIP archive: " + e.Message);
        }
    }
}
