namespace Sitrep.Core.Quotes;

/// <summary>How a quote's speaker was found.</summary>
internal enum AttributionRule : byte
{
    None,
    After,
    Before,
    According,
    Continued,
    Following,
    Subject,
}

/// <summary>
/// A quote's speaker phrase (token indexes, -1 when none), the cue that attributes it, and the phrase's head word when
/// the parse gave the phrase (the subject of the speech verb), else -1.
/// </summary>
internal readonly record struct Attribution(int First, int Last, int Cue, AttributionRule Rule, int Head = -1)
{
    public static Attribution None { get; } = new(-1, -1, -1, AttributionRule.None);

    public bool Found => First >= 0;
}
