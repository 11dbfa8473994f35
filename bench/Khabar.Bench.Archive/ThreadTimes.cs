using System.Globalization;

namespace Khabar.Bench.Archive;

/// <summary>
/// Processor time by kind of thread (Linux): each thread's time is read from /proc/self/task while it runs and kept
/// after it ends (a merge thread lives only as long as its merge), then summed by name with the numbers taken out.
/// Threads without a name of their own are shown by what the runtime calls them.
/// </summary>
internal sealed class ThreadTimes
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly Dictionary<int, (string Name, long Ticks)> threads = [];

    /// <summary>Reads every live thread's time so far.</summary>
    public void Sample()
    {
        if (!Directory.Exists("/proc/self/task"))
        {
            return;
        }

        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');
                // After the name: state is field 3 of stat, utime 14 and stime 15.
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                threads[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = (stat[(open + 1)..close], ticks);
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }
    }

    /// <summary>Seconds of processor time per kind of thread, largest first.</summary>
    public IReadOnlyList<(string Kind, double Seconds, int Threads)> ByKind() =>
        threads.Values
            .GroupBy(t => new string(t.Name.Where(c => !char.IsDigit(c)).ToArray()).Trim(' ', '#', '-'))
            .Select(g => (g.Key, g.Sum(t => t.Ticks) / TicksPerSecond, g.Count()))
            .OrderByDescending(k => k.Item2)
            .ToList();
}
