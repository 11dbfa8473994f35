namespace Khabar.Bench.Web;

/// <summary>Percentiles of a set of timings, and their ratio to the baseline's.</summary>
internal static class Report
{
    public static void Line(string name, double[] times, double[] baseline)
    {
        var (p50, p90, p99) = (Percentile(times, 50), Percentile(times, 90), Percentile(times, 99));
        Console.WriteLine($"{name,-30} p50 {p50,7:F2} ms  p90 {p90,7:F2} ms  p99 {p99,7:F2} ms  max {times.Max(),7:F2} ms" +
            $"  ({p50 / Percentile(baseline, 50):F1}x / {p99 / Percentile(baseline, 99):F1}x the baseline's p50 / p99)");
    }

    public static double Median(double[] times) => Percentile(times, 50);

    private static double Percentile(double[] times, int percent)
    {
        var sorted = times.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
