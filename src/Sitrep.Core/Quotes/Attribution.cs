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

/// <summary>A quote's speaker phrase (token indexes, -1 when none) and the cue that attributes it.</summary>
internal readonly record struct Attribution(int First, int Last, int Cue, AttributionRule Rule)
{
    public static Attribution None { get; } = new(-1, -1, -1, AttributionRule.None);

    public bool Found => First >= 0;
}
