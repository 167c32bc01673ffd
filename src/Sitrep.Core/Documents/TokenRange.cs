namespace Sitrep.Core.Documents;

/// <summary>A half-open range [Start, End) of token indexes.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;

    public override string ToString() => $"<{Start},{End})";
}
