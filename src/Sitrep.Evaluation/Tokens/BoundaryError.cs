namespace Sitrep.Evaluation;

/// <summary>One stretch where the predicted segmentation differs from the gold one.</summary>
/// <param name="DocumentId">The document it is in.</param>
/// <param name="IsSentence">True for sentences, false for tokens.</param>
/// <param name="Gold">The gold spans there, separated by " | ".</param>
/// <param name="Predicted">The predicted spans there, separated by " | ".</param>
public sealed record BoundaryError(string DocumentId, bool IsSentence, string Gold, string Predicted);
