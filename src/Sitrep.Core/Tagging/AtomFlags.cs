namespace Sitrep.Core.Tagging;

/// <summary>Orthographic facts about one token, computed from its characters alone.</summary>
[Flags]
public enum AtomFlags
{
    None = 0,
    InitialCap = 1,
    AllCaps = 2,
    AllLower = 4,
    HasDigit = 8,
    AllDigits = 16,
    HasHyphen = 32,
    HasPeriod = 64,
    HasLetter = 128,
    Punctuation = 256,
    InnerCap = 512,
    HasApostrophe = 1024,
    Long = 2048,
}
