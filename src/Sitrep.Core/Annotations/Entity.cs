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

    /// <summary>
    /// For an actor the text describes instead of naming ("Hong Kong police", "three Appeal Court judges"): the Phoenix
    /// agent code of its head noun (COP, JUD, GOV …; Language/Data/agents.tsv). Null for a named entity.
    /// </summary>
    public string? Agent { get; init; }

    /// <summary>True for a described actor (<see cref="Agent"/>): no name, so never the same actor across articles.</summary>
    public bool Described => Agent is not null;
}

/// <summary>A title or role bound to a person ("envoy" of Donald Trump), with its words.</summary>
public sealed record Role(string Title, string? Of, CharRange Range);
