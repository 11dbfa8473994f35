using Khabar.Model;

namespace Khabar.Archive.Ingest;

/// <summary>What an ingest run did: counts, and the first failures with their reasons.</summary>
public sealed record IngestSummary(long Read, long Added, long Updated, long Unchanged, long Failed, IReadOnlyList<ItemError> Errors)
{
    /// <summary>
    /// Stored articles linked again after the run: a surname or shorter name they name is linked otherwise with what
    /// the run learned (to the entity it now stands for, or back to itself where it no longer stands for one; see
    /// <see cref="EarlierArticles"/>).
    /// </summary>
    public long Relinked { get; init; }

    /// <summary>How many failures are kept with their reasons; the count goes on past it.</summary>
    public const int MaxErrorsKept = 1000;
}

/// <summary>Progress of a running ingest.</summary>
public readonly record struct IngestProgress(long Read, long Added, long Updated, long Unchanged, long Failed);
