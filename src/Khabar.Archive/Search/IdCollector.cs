using System.Globalization;
using Khabar.Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Khabar.Archive.Search;

/// <summary>Collects the archive ids of all matching documents.</summary>
internal sealed class IdCollector : ICollector
{
    private AtomicReader? reader;

    public List<long> Ids { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => reader = context.AtomicReader;

    public void Collect(int doc) =>
        Ids.Add(long.Parse(reader!.Document(doc).Get(IndexFields.Id), CultureInfo.InvariantCulture));
}
