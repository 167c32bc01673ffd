namespace Sitrep.Core.Times;

/// <summary>A calendar or clock unit, in increasing size.</summary>
internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}
