namespace Sitrep.Core.Knowledge;

/// <summary>
/// What an article says about where it is: the dateline's country, the countries its other places and peoples name,
/// and the first-level divisions ("US.ID") its places lie in. Weighs the candidates of a shared name.
/// </summary>
public sealed class PlaceContext
{
    /// <summary>No evidence: a shared name goes to its most prominent place.</summary>
    public static PlaceContext None { get; } = new();

    public string? DatelineCountry { get; init; }

    public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Divisions { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The evidence for <paramref name="e"/>: a division the article names or places in (Idaho for Moscow, Atlanta for
    /// Georgia) weighs most, then the dateline's country, then any country the article names.
    /// </summary>
    public double Weight(GazetteerEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        double w = 0;
        if (e.Admin1.Length > 0 && Divisions.Contains(e.Admin1))
        {
            w += 15;
        }

        if (string.Equals(e.Country, DatelineCountry, StringComparison.Ordinal))
        {
            w += 12;
        }
        else if (Countries.Contains(e.Country))
        {
            w += 6;
        }

        return w;
    }
}
