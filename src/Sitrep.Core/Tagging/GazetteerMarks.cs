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

    /// <summary>Names our own recognizer tags as persons in the unlabeled news, consistently (a self-made list).</summary>
    NewsPerson = 64,

    /// <summary>Names the recognizer tags as organizations in the unlabeled news.</summary>
    NewsOrganization = 128,

    /// <summary>Names the recognizer tags as locations in the unlabeled news.</summary>
    NewsLocation = 1024,

    /// <summary>Names the recognizer tags as MISC in the unlabeled news.</summary>
    NewsOther = 2048,

    /// <summary>The token starts the matched phrase.</summary>
    First = 256,

    /// <summary>The matched phrase has more than one token.</summary>
    MultiWord = 512,

    /// <summary>The curated type bits, without the position bits and the self-made news list.</summary>
    Types = Country | City | Region | Demonym | Person | Group,

    /// <summary>The self-made news list's bits.</summary>
    News = NewsPerson | NewsOrganization | NewsLocation | NewsOther,

    /// <summary>A place that is a country, city or region: a GPE.</summary>
    Political = Country | City | Region,
}
