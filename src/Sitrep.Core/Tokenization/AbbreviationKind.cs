namespace Sitrep.Core.Tokenization;

/// <summary>When a word keeps a following period as part of the token, and what that period means.</summary>
[Flags]
internal enum AbbreviationKind : byte
{
    None = 0,

    /// <summary>Always an abbreviation ("Inc.", "etc.", "Aug.").</summary>
    Always = 1,

    /// <summary>An abbreviation only when capitalized ("Gen.", "Wash.", "Sun."): lower case it is a word that can end a sentence.</summary>
    Capitalized = 2,

    /// <summary>An abbreviation only before a number ("No. 10", "Fig. 3", "pp. 4").</summary>
    BeforeNumber = 4,

    /// <summary>A title before a name ("Dr.", "Sen."): the period never ends a sentence.</summary>
    Title = 8,
}
