namespace Sitrep.Evaluation;

/// <summary>A TIMEX3 in a TimeML file's plain text: [Start, End), type and value as written.</summary>
public readonly record struct TimexSpan(int Start, int End, string Type, string Value);
