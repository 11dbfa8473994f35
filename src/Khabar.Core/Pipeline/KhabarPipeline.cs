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
    private readonly PageReader reader;
    private readonly IReadOnlyList<IArticleExtractor> extractors;
    private readonly IReadOnlyList<IArticleStage> stages;

    internal KhabarPipeline(PageReader reader, IReadOnlyList<IArticleExtractor> extractors, IReadOnlyList<IArticleStage> stages)
    {
        this.reader = reader;
        this.extractors = extractors;
        this.stages = stages;
    }

    /// <summary>Results for the items, in order, one or more per item.</summary>
    public IEnumerable<ItemResult> Run(IEnumerable<InputItem> items)
    {
        foreach (var item in items)
        {
            var (page, error) = reader.Read(item);
            yield return page is null ? ItemResult.Fail(item.Source, error!.Reason) : Process(page);
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
}
