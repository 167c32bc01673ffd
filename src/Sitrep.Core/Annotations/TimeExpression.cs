using Sitrep.Core.Documents;

namespace Sitrep.Core.Annotations;

public enum TimexType : byte
{
    Date,
    Time,
    Duration,
    Set,
}

public enum TimeAnchor : byte
{
    Absolute,
    Published,
    Other,
}

/// <summary>A time expression with its TIMEX3 value.</summary>
public sealed record TimeExpression(CharRange Range, TimexType Type, string Value, TimeAnchor Anchor);

/// <summary>A publication date the pipeline inferred, and why.</summary>
public sealed record InferredDate(DateOnly Value, string Basis);
