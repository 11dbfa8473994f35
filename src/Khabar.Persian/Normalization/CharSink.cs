using System.Buffers;
using System.Runtime.CompilerServices;

namespace Khabar.Persian.Normalization;

/// <summary>A growable character buffer rented from the shared array pool; dispose it to return the array.</summary>
internal struct CharSink : IDisposable
{
    private char[] buffer;

    public CharSink(int capacity)
    {
        buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        Length = 0;
    }

    /// <summary>The number of characters written.</summary>
    public int Length { get; set; }

    /// <summary>The last character written, or '\0' when empty.</summary>
    public readonly char Last => Length > 0 ? buffer[Length - 1] : '\0';

    /// <summary>The characters written so far.</summary>
    public readonly ReadOnlySpan<char> Written => buffer.AsSpan(0, Length);

    /// <summary>The characters written so far, to change in place.</summary>
    public readonly Span<char> WrittenMutable => buffer.AsSpan(0, Length);

    /// <summary>The character at an index already written.</summary>
    public readonly char this[int index] => buffer[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (Length == buffer.Length)
        {
            Grow(1);
        }

        buffer[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > buffer.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(buffer.AsSpan(Length));
        Length += text.Length;
    }

    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        if (rented.Length > 0)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private void Grow(int more)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, Length + more));
        buffer.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = bigger;
    }
}
