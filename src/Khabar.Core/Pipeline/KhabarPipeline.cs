using Khabar.Extraction;
using Khabar.Model;
using Khabar.Reading;

namespace Khabar.Pipeline;

/// <summary>
/// The frozen pipeline: read, extract, then each stage in order. Every item is isolated: a failure becomes an
/// error for that item and the batch goes on.
/// </summary>
public sealed class KhabarPipeline
{
    private readonly IReadOnlyList<IPageReader> readers;
    private readonly IReadOnlyList<IArticleExtractor> extractors;
    private readonly IReadOnlyList<IArticleStage> stages;

    internal KhabarPipeline(IReadOnlyList<IPageReader> readers, IReadOnlyList<IArticleExtractor> extractors, IReadOnlyList<IArticleStage> stages)
    {
        this.readers = readers;
        this.extractors = extractors;
        this.stages = stages;
    }

    /// <summary>Results for the items, in order: one per page, one per item that could not be read.</summary>
    public IEnumerable<ItemResult> Run(IEnumerable<InputItem> items) => items.SelectMany(Run);

    /// <summary>
    /// The same results in the same order, with pages extracted and processed on several threads at once: reading
    /// stays sequential (streams are read once), extraction and the stages run in parallel, ahead by a bounded amount.
    /// </summary>
    public IEnumerable<ItemResult> RunParallel(IEnumerable<InputItem> items, int threads) =>
        threads <= 1
            ? Run(items)
            : items.SelectMany(Read)
                .AsParallel().AsOrdered().WithDegreeOfParallelism(threads).WithMergeOptions(ParallelMergeOptions.NotBuffered)
                .Select(read => read.Page is { } page ? Process(page) : ItemResult.Fail(read.Error!.Source, read.Error.Reason));

    /// <summary>Results for one item: a page file gives one, a feed, archive or JSON Lines file many.</summary>
    public IEnumerable<ItemResult> Run(InputItem item) =>
        Read(item).Select(read => read.Page is { } page ? Process(page) : ItemResult.Fail(read.Error!.Source, read.Error.Reason));

    /// <summary>The pages of one item, read but not yet extracted; unreadable parts as errors.</summary>
    public IEnumerable<PageResult> Read(InputItem item)
    {
        if (item.Problem is { } problem)
        {
            yield return PageResult.Fail(item.Source, problem);
            yield break;
        }

        Stream content;
        IPageReader reader;
        try
        {
            (var head, content) = HeadStream.Peek(item.Open());
            reader = readers.First(r => r.CanRead(item, head));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            content = Stream.Null;
            reader = new FailingReader("cannot read: " + e.Message);
        }

        using (content)
        {
            foreach (var read in ReadGuarded(reader, item, content))
            {
                yield return read;
            }
        }
    }

    // A reader that throws loses the rest of its input, never the batch.
    private static IEnumerable<PageResult> ReadGuarded(IPageReader reader, InputItem item, Stream content)
    {
        using var pages = reader.Read(item, content).GetEnumerator();
        while (true)
        {
            PageResult current;
            var failed = false;
            try
            {
                if (!pages.MoveNext())
                {
                    yield break;
                }

                current = pages.Current;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                current = PageResult.Fail(item.Source, $"cannot read ({e.GetType().Name}: {e.Message})");
                failed = true;
            }

            yield return current;
            if (failed)
            {
                yield break;
            }
        }
    }

    /// <summary>Extracts and processes one decoded page.</summary>
    public ItemResult Process(Page page)
    {
        try
        {
            var extractor = extractors.FirstOrDefault(e => e.CanExtract(page));
            if (extractor is null)
            {
                return ItemResult.Fail(page.Source, $"no extractor reads {page.MediaType}");
            }

            var result = extractor.Extract(page);
            return result.Article is { } article ? ItemResult.Ok(Process(article)) : result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ItemResult.Fail(page.Source, $"internal error while extracting ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Runs the stages over an article that was extracted elsewhere.</summary>
    public Article Process(Article article) => stages.Aggregate(article, (a, stage) => stage.Process(a));

    private sealed class FailingReader(string reason) : IPageReader
    {
        public bool CanRead(InputItem item, ReadOnlySpan<byte> head) => true;

        public IEnumerable<PageResult> Read(InputItem item, Stream content) => [PageResult.Fail(item.Source, reason)];
    }
}
