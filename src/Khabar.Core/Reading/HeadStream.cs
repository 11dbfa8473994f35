namespace Khabar.Reading;

/// <summary>Reads the first bytes of a stream for sniffing and gives them back in front of the rest.</summary>
public static class HeadStream
{
    /// <summary>How many bytes readers may look at to recognise a format.</summary>
    public const int HeadSize = 4096;

    /// <summary>The first bytes, and a stream that yields the whole content again from the start.</summary>
    public static (byte[] Head, Stream Content) Peek(Stream stream)
    {
        var head = new byte[HeadSize];
        var filled = 0;
        int read;
        while (filled < head.Length && (read = stream.Read(head, filled, head.Length - filled)) > 0)
        {
            filled += read;
        }

        Array.Resize(ref head, filled);
        return (head, new ConcatenatedStream(new MemoryStream(head, writable: false), stream));
    }

    private sealed class ConcatenatedStream(Stream first, Stream second) : Stream
    {
        private bool onSecond;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!onSecond)
            {
                var read = first.Read(buffer, offset, count);
                if (read > 0)
                {
                    return read;
                }

                onSecond = true;
            }

            return second.Read(buffer, offset, count);
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
                first.Dispose();
                second.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
