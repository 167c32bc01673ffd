namespace Sitrep.Core.Tagging;

/// <summary>What a gazetteer phrase is, and where a token sits in it (bits of <see cref="TokenAtoms.Gazetteer"/>).</summary>
[Flags]
public enum GazetteerMarks
{
    None = 0,
    Country = 1,
    City = 2,
    Region = 4,
    Demonym = 8,
    Person = 16,
    Group = 32,

    /// <summary>The token starts the matched phrase.</summary>
    First = 256,

    /// <summary>The matched phrase has more than one token.</summary>
    MultiWord = 512,

    /// <summary>The type bits, without the position bits.</summary>
    Types = Country | City | Region | Demonym | Person | Group,

    /// <summary>A place that is a country, city or region: a GPE.</summary>
    Political = Country | City | Region,
}
