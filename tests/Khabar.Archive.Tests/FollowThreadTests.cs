using Khabar.Archive.Ingest;

namespace Khabar.Archive.Tests;

/// <summary>Work that follows the store runs on one thread of its own, in order; a failure reaches the one who waits.</summary>
public sealed class FollowThreadTests
{
    [Fact]
    public async Task Work_runs_in_order_on_one_thread_and_a_failure_reaches_its_task()
    {
        var order = new List<int>();
        var threads = new HashSet<int>();
        Task failed;
        using (var follower = new FollowThread())
        {
            for (var i = 0; i < 50; i++)
            {
                var n = i;
                _ = follower.Post(() =>
                {
                    lock (order)
                    {
                        order.Add(n);
                        threads.Add(Environment.CurrentManagedThreadId);
                    }
                });
            }

            failed = follower.Post(() => throw new InvalidOperationException("batch 51"));
            await follower.Post(() => order.Add(50));
        }

        Assert.Equal(Enumerable.Range(0, 51), order);
        Assert.Single(threads);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
        Assert.Equal("batch 51", (await Assert.ThrowsAsync<InvalidOperationException>(() => failed)).Message);
    }
}
