namespace Sitrep.Core.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 code units in <see cref="Document.Text"/>.</summary>
public readonly record struct CharRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(CharRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(CharRange other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start},{End})";
}
