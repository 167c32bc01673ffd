namespace Sitrep.Core.Knowledge;

public enum PlaceFeature : byte
{
    Country,
    Admin1,
    City,
}

/// <summary>What a city is besides its size: a country's capital (GeoNames PPLC) or a first-level division's seat (PPLA).</summary>
public enum PlaceRank : byte
{
    None,
    Seat,
    Capital,
}

/// <summary>One place of the gazetteer; <paramref name="Admin1"/> is its first-level division's key ("US.ID"), empty for a country.</summary>
public sealed record GazetteerEntry(long GeonamesId, string Name, string Country, PlaceFeature Feature, double? Lat, double? Lon, long Population,
    string Admin1 = "", PlaceRank Rank = PlaceRank.None);
