using Lucene.Net.Store;

namespace Khabar.Archive.Index;

/// <summary>
/// The index folder read through memory maps, as Lucene does by default (fastest for searching), except by segment
/// merges, which read through ordinary file reads. A merge reads whole segments once, front to back; through a map
/// every page it touched stayed in the process's resident memory until the merge was done, a few hundred MB at a
/// million articles. Read the ordinary way, those pages are in the kernel's file cache, not in the process.
/// </summary>
internal sealed class MergeReadDirectory(FSDirectory searching) : FilterDirectory(searching)
{
    private readonly NIOFSDirectory merging = new(searching.Directory, NoLockFactory.GetNoLockFactory());

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context) =>
        IsMerge(context) ? merging.OpenInput(name, context) : base.OpenInput(name, context);

    /// <inheritdoc />
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        IsMerge(context) ? merging.CreateSlicer(name, context) : m_input.CreateSlicer(name, context);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            merging.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool IsMerge(IOContext context) => context.Context == IOContext.UsageContext.MERGE;
}
