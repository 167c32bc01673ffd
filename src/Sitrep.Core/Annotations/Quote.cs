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

    /// <summary>Whom the speaker speaks for, when the attribution names a principal: the entity id of "Tony Blair" in "Tony Blair's official spokesman said".</summary>
    public string? SpeakerPrincipal { get; init; }

    /// <summary>The principal's name (when it is no entity, the words: "the agency").</summary>
    public string? SpeakerPrincipalName { get; init; }

    /// <summary>The words naming the speaker where the attribution is made (a pronoun included).</summary>
    public CharRange? SpeakerRange { get; init; }

    public string? Cue { get; init; }

    public CharRange? CueRange { get; init; }

    public double Confidence { get; init; }
}
