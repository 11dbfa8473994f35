namespace Khabar.Archive.Store;

/// <summary>One ingest run as the log keeps it.</summary>
public sealed record IngestRecord(DateTimeOffset Started, DateTimeOffset Finished, string Inputs, long Read, long Added,
    long Updated, long Unchanged, long Failed);
