namespace Sitrep.Core.Annotations;

/// <summary>
/// What the record says about the article itself, decided once by <c>DocumentInfoResolver</c>: its content id, title,
/// author, publication date (given or stated) and, when there is none, the date inferred from the text.
/// </summary>
public sealed record DocumentInfo
{
    /// <summary>The content id: the first 16 hex digits of the SHA-256 of the normalized text.</summary>
    public required string Id { get; init; }

    public string? Title { get; init; }

    public string? Author { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>The date inferred from the text, only when the article has no given or stated one.</summary>
    public InferredDate? PublishedInferred { get; init; }
}
