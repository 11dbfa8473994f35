namespace Khabar.Fetching;

/// <summary>
/// Spaces requests to one host at least an interval apart, counted from the later of the previous request's start
/// and its end (a slow answer does not let the next request follow it at once); other hosts are not held up.
/// </summary>
internal sealed class HostThrottle(TimeSpan interval, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>Waits until the host may be asked again, and books the following slot.</summary>
    public void Wait(string host)
    {
        TimeSpan delay;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var slot = next.TryGetValue(host, out var booked) && booked > now ? booked : now;
            next[host] = slot + interval;
            delay = slot - now;
        }

        if (delay > TimeSpan.Zero)
        {
            Thread.Sleep(delay);
        }
    }

    /// <summary>Notes that a request to the host has ended: the next one waits a whole interval from now.</summary>
    public void Done(string host)
    {
        lock (gate)
        {
            var after = time.GetUtcNow() + interval;
            if (!next.TryGetValue(host, out var booked) || booked < after)
            {
                next[host] = after;
            }
        }
    }
}
