namespace Sitrep.Core.Times;

/// <summary>Whether an expression points back or ahead from the anchor, as the sentence tells.</summary>
internal enum Direction : byte
{
    None,
    Past,
    Future,
}
