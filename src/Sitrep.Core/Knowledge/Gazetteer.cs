using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Core.Knowledge;

/// <summary>
/// The shipped gazetteer (GeoNames countries, first-level divisions and cities of 15,000+, built by tools/Sitrep.DataBuild):
/// names and alternate names to places, and the choice among places that share a name.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> s_shared = new(() => new Gazetteer(EmbeddedData.Rows("places.tsv.gz")));

    /// <summary>A city smaller than this, neither capital nor seat, needs the article's evidence (its country or division).</summary>
    public const long MinUnsupportedPopulation = 50_000;

    private readonly GazetteerEntry[] _entries;
    private readonly FrozenDictionary<string, int[]> _byName;
    private readonly FrozenDictionary<string, int[]> _byShortCapitals;

    internal Gazetteer(IEnumerable<string[]> rows)
    {
        var entries = new List<GazetteerEntry>();
        var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byShortCapitals = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var f in rows)
        {
            var feature = f[3] switch { "country" => PlaceFeature.Country, "admin1" => PlaceFeature.Admin1, _ => PlaceFeature.City };
            int index = entries.Count;
            entries.Add(new GazetteerEntry(
                long.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], feature,
                f[4].Length == 0 ? null : double.Parse(f[4], CultureInfo.InvariantCulture),
                f[5].Length == 0 ? null : double.Parse(f[5], CultureInfo.InvariantCulture),
                long.Parse(f[6], CultureInfo.InvariantCulture),
                f.Length > 8 ? f[8] : "",
                f.Length > 9 ? f[9] switch { "capital" => PlaceRank.Capital, "seat" => PlaceRank.Seat, _ => PlaceRank.None } : PlaceRank.None));
            Index(byName, f[1], index);
            foreach (var alt in f[7].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                Index(byName, alt, index);
                if (IsShortCapitals(alt))
                {
                    Index(byShortCapitals, alt, index);
                }
            }
        }

        _entries = [.. entries];
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byShortCapitals = byShortCapitals.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The shipped gazetteer, loaded once on first use.</summary>
    public static Gazetteer Shared => s_shared.Value;

    /// <summary>
    /// Every place called <paramref name="name"/>. A short all-capitals name ("UN", "US") is an abbreviation: it matches
    /// only an abbreviation the gazetteer lists, never a place whose name merely has the same letters ("Un", India).
    /// </summary>
    public IEnumerable<GazetteerEntry> Candidates(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = IsShortCapitals(name) ? _byShortCapitals : _byName;
        return index.TryGetValue(name, out var ids) ? ids.Select(i => _entries[i]) : [];
    }

    /// <summary>
    /// The place <paramref name="name"/> most likely means, or null when none is known (a town under
    /// <see cref="MinUnsupportedPopulation"/> people counts only with the article's evidence for it). Without evidence the most
    /// prominent place wins: a country over a division of the same name, a division over most cities, a capital or a
    /// division's seat over a town of similar size, a larger city over a smaller one; the article's
    /// <paramref name="context"/> (its dateline, divisions and countries) then moves the choice ("Georgia" with Atlanta).
    /// </summary>
    public GazetteerEntry? Resolve(string name, PlaceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        GazetteerEntry? best = null;
        double bestScore = double.MinValue;
        foreach (var e in Candidates(name))
        {
            // A small town the article gives no evidence for is no reading of a name: "Young" is not Young, Uruguay.
            if (e.Feature == PlaceFeature.City && e.Rank == PlaceRank.None && e.Population < MinUnsupportedPopulation && context.Weight(e) == 0)
            {
                continue;
            }

            double score = Prior(e, name) + context.Weight(e);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        // A division named like its seat ("Geneva", the canton and its city) is read as the city.
        if (best is { Feature: PlaceFeature.Admin1 })
        {
            foreach (var e in Candidates(name))
            {
                if (e.Rank == PlaceRank.Seat && string.Equals(e.Admin1, best.Admin1, StringComparison.Ordinal))
                {
                    return e;
                }
            }
        }

        return best;
    }

    /// <summary>How prominent a place is, without any context.</summary>
    public static double Prior(GazetteerEntry e, string name)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Feature switch
        {
            PlaceFeature.Country => 30,
            PlaceFeature.Admin1 => 16,
            // A capital or seat counts as such under its own name, not under an old or foreign one ("Philadelphia" is not Amman).
            _ => 3 * Math.Log10(Math.Max(e.Population, 1000))
                + (string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)
                    ? 1 + e.Rank switch { PlaceRank.Capital => 10, PlaceRank.Seat => 3, _ => 0 }
                    : 0),
        };
    }

    private static bool IsShortCapitals(string name)
    {
        if (name.Length is < 2 or > 3)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Index(Dictionary<string, List<int>> byName, string name, int index)
    {
        if (!byName.TryGetValue(name, out var list))
        {
            byName[name] = list = [];
        }

        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }
}
