using System.Collections.Concurrent;

namespace Khabar.Entities.Ner;

/// <summary>
/// Values per distinct token, kept for reuse by every thread up to a fixed number of tokens (later ones are made
/// each time). The count is kept apart, since asking a concurrent dictionary for its count takes all its locks.
/// </summary>
internal sealed class BoundedCache<T>(int capacity)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> values = new(StringComparer.Ordinal);
    private int count;

    /// <summary>The value kept for a token, if any.</summary>
    public bool TryGet(string token, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value) => values.TryGetValue(token, out value);

    /// <summary>Keeps the value while there is room and returns the one kept (another thread's, if it came first).</summary>
    public T Add(string token, T value)
    {
        if (Volatile.Read(ref count) >= capacity)
        {
            return value;
        }

        var kept = values.GetOrAdd(token, value);
        if (ReferenceEquals(kept, value))
        {
            Interlocked.Increment(ref count);
        }

        return kept;
    }
}
