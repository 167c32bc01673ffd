using Sitrep.Core.Documents;

namespace Sitrep.Core.Annotations;

public enum QuoteKind : byte
{
    Direct,
    Partial,
    Indirect,
    EmbeddedPost,
    PullQuote,
}

/// <summary>Words attributed to a speaker.</summary>
public sealed record Quote
{
    public required string Id { get; init; }

    /// <summary>The quoted words (inside the quotation marks for direct and partial quotes).</summary>
    public required CharRange Range { get; init; }

    public required QuoteKind Kind { get; init; }

    public string? Speaker { get; init; }

    public string? SpeakerName { get; init; }

    /// <summary>The words naming the speaker where the attribution is made (a pronoun included).</summary>
    public CharRange? SpeakerRange { get; init; }

    public string? Cue { get; init; }

    public CharRange? CueRange { get; init; }

    public double Confidence { get; init; }
}
