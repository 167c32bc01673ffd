namespace Sitrep.Ingest;

/// <summary>Limits and choices for reading articles.</summary>
public sealed record IngestOptions
{
    /// <summary>The largest article accepted, in bytes after decompression (default 5 MB).</summary>
    public long MaxBytes { get; init; } = 5L * 1024 * 1024;

    /// <summary>The publication date to assume for every article (overrides what the article states).</summary>
    public DateOnly? Published { get; init; }
}
