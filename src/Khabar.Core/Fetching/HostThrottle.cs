namespace Khabar.Fetching;

/// <summary>Spaces requests to one host at least an interval apart; other hosts are not held up.</summary>
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
}
