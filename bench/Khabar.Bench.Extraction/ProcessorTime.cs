using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Khabar.Bench.Extraction;

/// <summary>
/// Processor time used by the whole process (every thread: the extractor's and the collector's). On a loaded
/// machine wall-clock time counts the waits for a core too; processor time counts only the work.
/// </summary>
internal static class ProcessorTime
{
    /// <summary>User and system time so far; microseconds on Linux (getrusage), the runtime's figure elsewhere.</summary>
    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && GetResourceUsage(0, out var usage) == 0)
        {
            return TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1_000_000.0 + usage.UserMicros + usage.SystemMicros);
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicros;
        public long SystemSeconds;
        public long SystemMicros;
        public long Rest0, Rest1, Rest2, Rest3, Rest4, Rest5, Rest6, Rest7, Rest8, Rest9, Rest10, Rest11, Rest12, Rest13;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);
}
