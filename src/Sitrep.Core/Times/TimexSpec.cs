namespace Sitrep.Core.Times;

/// <summary>What kind of value a recognized expression leaves for the resolver.</summary>
internal enum SpecKind : byte
{
    /// <summary>A value known from the words alone ("P3D", "PRESENT_REF", "1998", "199").</summary>
    Literal,

    /// <summary>A calendar date with the year possibly missing (0): "August 27", "May 2024", "October".</summary>
    Calendar,

    /// <summary>A weekday (<see cref="TimexSpec.Code"/> = DayOfWeek), shifted by <see cref="TimexSpec.Offset"/> weeks when "last"/"next" was said.</summary>
    Weekday,

    /// <summary>The anchor moved by <see cref="TimexSpec.Offset"/> units and cut to the unit: "last week", "two years ago", "tomorrow".</summary>
    Relative,

    /// <summary>A quarter (<see cref="TimexSpec.Code"/> 1–4) of a year, the year possibly missing (0).</summary>
    Quarter,

    /// <summary>A half (<see cref="TimexSpec.Code"/> 1–2) of a year, the year possibly missing (0).</summary>
    Half,

    /// <summary>A season (<see cref="TimexSpec.Code"/> index into SeasonCode); year possibly missing, <see cref="TimexSpec.Offset"/> for last/next.</summary>
    Season,

    /// <summary>The quarter the text last named, or the last complete one ("the quarter", "the latest quarter").</summary>
    ContextQuarter,

    /// <summary>The period a year before the one the text last named ("a year earlier" in an earnings story), else the year before the anchor.</summary>
    YearBefore,
}

/// <summary>
/// A time expression's value before it is resolved against the anchor: a kind plus the fields the words
/// fixed; anything left at 0 is filled in from the anchor and the direction of the sentence.
/// </summary>
internal readonly record struct TimexSpec(SpecKind Kind, string? Literal = null, int Year = 0, int Month = 0, int Day = 0,
    TimeUnit Unit = TimeUnit.None, int Offset = 0, int Code = 0, string? Suffix = null, bool Shifted = false)
{
    public static TimexSpec Of(string literal) => new(SpecKind.Literal, literal);
}
