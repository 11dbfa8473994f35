using System.Diagnostics;
using Khabar.Fetching;

namespace Khabar.Core.Tests.Fetching;

public sealed class HostThrottleTests
{
    [Fact]
    public void After_a_slow_answer_the_next_request_to_the_host_still_waits_a_whole_interval()
    {
        var throttle = new HostThrottle(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        throttle.Wait("example.ir");
        Thread.Sleep(150); // the answer takes longer than the interval
        throttle.Done("example.ir");

        var clock = Stopwatch.StartNew();
        throttle.Wait("example.ir");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(80), $"waited {clock.Elapsed.TotalMilliseconds} ms");

        clock.Restart();
        throttle.Wait("other.ir");
        throttle.Done("other.ir");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "another host is held up");
    }
}
