namespace Sitrep.Core.Times;

/// <summary>
/// One word of the time recognizer's input: a token, or a part of a hyphenated token ("third-quarter" gives
/// "third" and "quarter", the second with <see cref="HyphenBefore"/>). Carries its lexicon class and, for
/// digits, the number.
/// </summary>
internal readonly record struct TimePiece(int Start, int End, WordClass Class, int Value, PieceFlags Flags, int Number, int Sentence)
{
    public int Length => End - Start;

    public bool Is(PieceFlags flag) => (Flags & flag) != 0;

    public bool HyphenBefore => (Flags & PieceFlags.HyphenBefore) != 0;

    public bool Plural => (Flags & PieceFlags.Plural) != 0;
}

/// <summary>Surface facts about a <see cref="TimePiece"/>.</summary>
[Flags]
internal enum PieceFlags : ushort
{
    None = 0,
    Word = 1,
    Digits = 2,
    Punct = 4,
    HyphenBefore = 8,
    Plural = 16,
    Upper = 32,

    /// <summary>Digits followed by "s": "1990s" (<see cref="TimePiece.Number"/> is 1990).</summary>
    Decade = 64,

    /// <summary>Digits with an ordinal suffix: "25th".</summary>
    OrdinalDigits = 128,

    /// <summary>A number token with other characters: "10:30", "6/2/2024", "1990-08-15".</summary>
    OtherNumber = 256,

    /// <summary>A word ending in a period ("Aug.", "p.m.").</summary>
    Period = 512,
}
