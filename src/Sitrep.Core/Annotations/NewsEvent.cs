using Sitrep.Core.Documents;

namespace Sitrep.Core.Annotations;

/// <summary>A PLOVER event: who did what to whom, where and when, with its evidence.</summary>
public sealed record NewsEvent
{
    public required string Id { get; init; }

    /// <summary>PLOVER category (AGREE … ASSAULT).</summary>
    public required string Type { get; init; }

    public string? Mode { get; init; }

    public string? Cameo { get; init; }

    public string? Source { get; init; }

    public string? Target { get; init; }

    public string? SourceCountry { get; init; }

    public string? TargetCountry { get; init; }

    public string? Where { get; init; }

    public string? When { get; init; }

    public IReadOnlyList<int> Quantities { get; init; } = [];

    public required CharRange Evidence { get; init; }
}
