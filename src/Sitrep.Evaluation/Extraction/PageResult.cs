namespace Sitrep.Evaluation;

/// <summary>One benchmark page's outcome.</summary>
/// <param name="Id">The page id (file stem).</param>
/// <param name="Counts">Its normalised shingle counts.</param>
/// <param name="Failure">The extractor's error message, or null.</param>
public sealed record PageResult(string Id, PageCounts Counts, string? Failure);
