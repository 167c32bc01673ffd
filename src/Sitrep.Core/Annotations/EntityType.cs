namespace Sitrep.Core.Annotations;

/// <summary>Entity types of the sitrep/1 contract.</summary>
public enum EntityType : byte
{
    Misc,
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Fac,
    Event,
    Product,
    Law,
    WorkOfArt,
}
