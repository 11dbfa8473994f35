using System.Diagnostics.Tracing;

namespace Khabar.Bench.Archive;

/// <summary>
/// The collector's own account of a run, from the runtime's GC events: how many collections of each generation
/// (background ones apart), how much young data survived into the oldest generation, how large the oldest generation
/// and the large objects grew, and what the last full collection found alive. Read and reset per window of the run.
/// </summary>
internal sealed class GcLog : EventListener
{
    private readonly object gate = new();
    private readonly int[] counts = new int[3];
    private int background;
    private int pendingDepth = -1;
    private long promotedToOld;
    private long largestOld;
    private long largestLarge;

    /// <summary>What happened since the last call, as one line.</summary>
    public string Window()
    {
        lock (gate)
        {
            var line = $"collections {counts[0]}/{counts[1]}/{counts[2]} (gen0/1/2, {background} background); " +
                $"{promotedToOld / 1048576.0:N0} MB promoted into gen2; gen2 at most {largestOld / 1048576.0:N0} MB, large objects at most " +
                $"{largestLarge / 1048576.0:N0} MB; the last full collection found {LastFullLive() / 1048576.0:N0} MB alive";
            Array.Clear(counts);
            background = 0;
            promotedToOld = 0;
            largestOld = 0;
            largestLarge = 0;
            return line;
        }
    }

    private static long LastFullLive()
    {
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return (blocking.Index > background.Index ? blocking : background).PromotedBytes;
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1); // GC
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.Payload is null)
        {
            return;
        }

        lock (gate)
        {
            switch (e.EventName)
            {
                case "GCStart_V2":
                    pendingDepth = Convert.ToInt32(e.Payload[e.PayloadNames!.IndexOf("Depth")]);
                    counts[Math.Clamp(pendingDepth, 0, 2)]++;
                    if (Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("Type")]) == 1)
                    {
                        background++;
                    }

                    break;
                case "GCHeapStats_V2":
                    long Field(string name) => Convert.ToInt64(e.Payload![e.PayloadNames!.IndexOf(name)]);
                    var old = Field("GenerationSize2");
                    largestOld = Math.Max(largestOld, old);
                    largestLarge = Math.Max(largestLarge, Field("GenerationSize3") + Field("GenerationSize4"));
                    if (pendingDepth == 1)
                    {
                        promotedToOld += Field("TotalPromotedSize1");
                    }

                    break;
            }
        }
    }
}
