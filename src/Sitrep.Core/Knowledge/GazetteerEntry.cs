namespace Sitrep.Core.Knowledge;

public enum PlaceFeature : byte
{
    Country,
    Admin1,
    City,
}

/// <summary>One place of the gazetteer.</summary>
public sealed record GazetteerEntry(long GeonamesId, string Name, string Country, PlaceFeature Feature, double? Lat, double? Lon, long Population);
