using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Bench.Extraction;

/// <summary>
/// What reading costs beside extracting: a pass over the gold pages' bytes in memory through the HTML reader (charset
/// found, text decoded) against a pass of Khabar's extraction over the decoded pages, in processor time per pass (the
/// lowest of ten rounds, after a warm-up).
/// </summary>
internal static class ReadingCost
{
    public static void Run(List<GoldPage> pages)
    {
        var pipeline = new PipelineBuilder().UseHtml().UseDates().Build();
        var files = pages.Select(p => (Page: p, Bytes: File.ReadAllBytes(Path.Combine(GoldPages.Root, "pages", p.Name)))).ToList();
        void Read() => files.ForEach(f => pipeline.Read(new InputItem(f.Page.Name, () => new MemoryStream(f.Bytes), f.Bytes.Length)).ToList());
        void Extract() => files.ForEach(f => Extractors.RunKhabar(f.Page.Html, f.Page.Url));
        for (var i = 0; i < 80; i++)
        {
            Read();
            Extract();
        }

        var (read, extract) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var round = 0; round < 10; round++)
        {
            read = Min(read, Timed(Read));
            extract = Min(extract, Timed(Extract));
        }

        Console.WriteLine($"reading and decoding {read.TotalMilliseconds:0.00} ms, extraction {extract.TotalMilliseconds:0.00} ms per pass over {pages.Count} pages (processor time, lowest of 10 rounds of 10 passes)");
    }

    private static TimeSpan Timed(Action pass)
    {
        var used = ProcessorTime.Now();
        for (var i = 0; i < 10; i++)
        {
            pass();
        }

        return (ProcessorTime.Now() - used) / 10;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
