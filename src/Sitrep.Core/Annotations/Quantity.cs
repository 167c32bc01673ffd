using Sitrep.Core.Documents;

namespace Sitrep.Core.Annotations;

public enum QuantityKind : byte
{
    Money,
    Percent,
    Count,
    Measure,
}

public enum Qualifier : byte
{
    Exact,
    AtLeast,
    AtMost,
    Over,
    Under,
    About,
}

/// <summary>A number in the text with its unit, qualifier and (for counts of people) what happened to them.</summary>
public sealed record Quantity
{
    public required CharRange Range { get; init; }

    public required QuantityKind Kind { get; init; }

    public required double Value { get; init; }

    public string? Unit { get; init; }

    public Qualifier Qualifier { get; init; }

    /// <summary>killed, wounded, displaced, arrested, missing, evacuated… or null.</summary>
    public string? Counts { get; init; }
}
