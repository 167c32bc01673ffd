namespace Sitrep.Tamper;

/// <summary>
/// One planted contradiction: the copy's text, the edit made to the original (at, characters removed, characters
/// inserted, in the original's offsets), the planted side's evidence and the other side's, both in the copy's offsets.
/// </summary>
internal sealed record Planting(string Kind, string FindingKind, string Copy, int At, int Removed, int Inserted,
    List<Span> Planted, List<Span> Other, string Note);
