using Sitrep.Core.Documents;

namespace Sitrep.Core.Annotations;

/// <summary>One real-world entity of the article, with every mention that refers to it.</summary>
public sealed record Entity
{
    public required string Id { get; init; }

    public required EntityType Type { get; init; }

    public required string Name { get; init; }

    public string? KbId { get; init; }

    public IReadOnlyList<CharRange> Mentions { get; init; } = [];

    public IReadOnlyList<Role> Roles { get; init; } = [];
}

/// <summary>A title or role bound to a person ("envoy" of Donald Trump), with its words.</summary>
public sealed record Role(string Title, string? Of, CharRange Range);
