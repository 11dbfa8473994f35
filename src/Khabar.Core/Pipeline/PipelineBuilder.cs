using Khabar.Enrichment;
using Khabar.Extraction;
using Khabar.Extraction.Html;
using Khabar.Extraction.Records;
using Khabar.Extraction.TextPages;
using Khabar.Persian.Normalization;
using Khabar.Persian.Text;
using Khabar.Reading;

namespace Khabar.Pipeline;

/// <summary>Builds a <see cref="KhabarPipeline"/>: <c>new PipelineBuilder().UseTextPages().UseTidy().UseDates().Build()</c>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPageReader> readers = [];
    private readonly List<IArticleExtractor> extractors = [];
    private readonly List<IArticleStage> stages = [];
    private long maxPageBytes = TextPageReader.DefaultMaxBytes;

    /// <summary>
    /// The default pipeline: every reader, text pages last; the normalizer (unless <paramref name="normalize"/> is
    /// false: the text stays as the page had it); publication dates; entities. <paramref name="feedPages"/>, when
    /// given, reads feed items before the stub extractor does (see <see cref="Fetching.FeedPageFollower"/>).
    /// </summary>
    public static KhabarPipeline Default(bool normalize = true, IArticleExtractor? feedPages = null)
    {
        var builder = new PipelineBuilder();
        if (feedPages is not null)
        {
            builder.Use(feedPages);
        }

        builder.UseWeb().UseArchives().UseFeeds().UseHtml().UseJsonRecords().UseTextPages();
        if (normalize)
        {
            builder.UseNormalizer();
        }

        return builder.UseDates().UseEntities().Build();
    }

    /// <summary>Reads HTML pages: CMS profiles first, a generic content finder for other sites.</summary>
    public PipelineBuilder UseHtml() => Use(new HtmlPageReader(maxPageBytes)).Use(new HtmlArticleExtractor());

    /// <summary>Reads RSS and Atom feeds: one article stub per item.</summary>
    public PipelineBuilder UseFeeds() => Use(new FeedReader(maxPageBytes)).Use(new FeedItemExtractor());

    /// <summary>Reads WARC and WARC.gz web archives and ZIP files of anything the pipeline reads.</summary>
    public PipelineBuilder UseArchives() => Use(new WarcReader(maxPageBytes)).Use(new ZipPageReader(readers, maxPageBytes));

    /// <summary>Reads JSON and JSON Lines article records.</summary>
    public PipelineBuilder UseJsonRecords() => Use(new JsonRecordReader()).Use(new JsonRecordExtractor());

    /// <summary>Reads the responses of fetched URLs (see <see cref="Fetching.UrlInputs"/>).</summary>
    public PipelineBuilder UseWeb() => Use(new HttpResponseReader(maxPageBytes));

    /// <summary>Reads scraped-text pages.</summary>
    public PipelineBuilder UseTextPages() => Use(new TextPageExtractor());

    /// <summary>The Persian normalizer on every text field: letters, digits, marks, spacing, lost half-spaces.</summary>
    public PipelineBuilder UseNormalizer(NormalizerOptions? options = null) =>
        Use(new NormalizerStage(options is null ? PersianNormalizer.Default : new PersianNormalizer(options)));

    /// <summary>Light clean-up of every text field: letter variants, invisible marks, spacing.</summary>
    public PipelineBuilder UseTidy() => Use(new TextFieldsStage(TextTidy.Tidy));

    /// <summary>Finds people, organisations and places (after the text stages: offsets point into the final text).</summary>
    public PipelineBuilder UseEntities() => Use(new Entities.EntityStage());

    /// <summary>Reads the publication date as an instant with Tehran's offset.</summary>
    public PipelineBuilder UseDates() => Use(new PublishedDateStage());

    /// <summary>Adds a reader; readers are tried in the order added, and plain text is read when none fits.</summary>
    public PipelineBuilder Use(IPageReader reader)
    {
        readers.Add(reader);
        return this;
    }

    /// <summary>Adds an extractor; extractors are tried in the order added.</summary>
    public PipelineBuilder Use(IArticleExtractor extractor)
    {
        extractors.Add(extractor);
        return this;
    }

    /// <summary>Adds a stage; stages run in the order added.</summary>
    public PipelineBuilder Use(IArticleStage stage)
    {
        stages.Add(stage);
        return this;
    }

    /// <summary>The largest page read, in bytes.</summary>
    public PipelineBuilder WithMaxPageBytes(long bytes)
    {
        maxPageBytes = bytes;
        return this;
    }

    /// <summary>The frozen pipeline.</summary>
    public KhabarPipeline Build() =>
        new([.. readers, new TextPageReader(maxPageBytes)], extractors.ToArray(), stages.ToArray());
}
