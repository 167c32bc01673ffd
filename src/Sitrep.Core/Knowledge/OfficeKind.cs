namespace Sitrep.Core.Knowledge;

/// <summary>What an office is, across countries' own labels ("Prime Minister", "Chancellor", "Minister of Foreign Affairs").</summary>
public enum OfficeKind : byte
{
    Other,
    HeadOfState,
    HeadOfGovernment,
    VicePresident,
    ForeignMinister,
    Minister,
    SecretaryGeneral,
    PressSecretary,
}
