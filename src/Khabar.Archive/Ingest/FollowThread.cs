using System.Collections.Concurrent;

namespace Khabar.Archive.Ingest;

/// <summary>
/// One thread of its own for the work that follows the store during ingest (duplicate groups and stories), one piece
/// at a time in the order given. On pool threads that work waited on the index puts, so the pool kept adding threads
/// (173 by the end of a million articles, 100 with this), and memory outside the collector's heap ended that ingest
/// at about 310 MB, against about 140 MB with this (the SQLite connection it writes through now allocates from one
/// thread, not from many).
/// </summary>
internal sealed class FollowThread : IDisposable
{
    private readonly BlockingCollection<(Action Work, TaskCompletionSource Done)> queue = [];
    private readonly Thread thread;

    public FollowThread()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "Khabar follow-up" };
        thread.Start();
    }

    /// <summary>Queues the work; the task completes when it has run (faulted when it threw).</summary>
    public Task Post(Action work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Add((work, done));
        return done.Task;
    }

    /// <summary>Runs what is queued, then ends the thread.</summary>
    public void Dispose()
    {
        queue.CompleteAdding();
        thread.Join();
        queue.Dispose();
    }

    private void Run()
    {
        foreach (var (work, done) in queue.GetConsumingEnumerable())
        {
            try
            {
                work();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        }
    }
}
