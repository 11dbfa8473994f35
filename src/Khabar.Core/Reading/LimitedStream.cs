namespace Khabar.Reading;

/// <summary>A read-only stream that fails once more than a set number of bytes has been read through it.</summary>
public sealed class LimitedStream(Stream inner, long maxBytes) : Stream
{
    private long total;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => total; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        total += read;
        return total > maxBytes ? throw new InvalidDataException($"over the {maxBytes / 1048576.0:0.#} MB limit for one archive") : read;
    }

    public override int ReadByte()
    {
        var b = inner.ReadByte();
        total += b >= 0 ? 1 : 0;
        return total > maxBytes ? throw new InvalidDataException($"over the {maxBytes / 1048576.0:0.#} MB limit for one archive") : b;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
