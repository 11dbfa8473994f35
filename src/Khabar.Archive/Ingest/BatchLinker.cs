using Khabar.Entities.Learning;
using Khabar.Model;

namespace Khabar.Archive.Ingest;

/// <summary>
/// Links a batch's bare names to what the archive has learned, in input order: each article sees what the store has
/// committed and what the articles before it in the batch teach, so where a batch is cut does not change the links
/// of an article that follows its full name.
/// </summary>
public static class BatchLinker
{
    /// <summary>Replaces each article of the batch by its linked version.</summary>
    public static void Link(List<Article> batch, LearnedNames committed)
    {
        var known = committed.Pending();
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i] = ArchiveLinker.Link(batch[i], known);
            known.Add(TaughtEntity.Of(batch[i].Entities));
        }
    }
}
