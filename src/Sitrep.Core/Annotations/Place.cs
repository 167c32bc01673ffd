namespace Sitrep.Core.Annotations;

/// <summary>A place entity resolved in the gazetteer.</summary>
public sealed record Place(string Entity, string Name, string? Country, double? Lat, double? Lon, long? GeonamesId);
