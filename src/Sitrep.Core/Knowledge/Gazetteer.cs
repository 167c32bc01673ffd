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

    private readonly GazetteerEntry[] _entries;
    private readonly FrozenDictionary<string, int[]> _byName;

    internal Gazetteer(IEnumerable<string[]> rows)
    {
        var entries = new List<GazetteerEntry>();
        var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in rows)
        {
            var feature = f[3] switch { "country" => PlaceFeature.Country, "admin1" => PlaceFeature.Admin1, _ => PlaceFeature.City };
            int index = entries.Count;
            entries.Add(new GazetteerEntry(
                long.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], feature,
                f[4].Length == 0 ? null : double.Parse(f[4], CultureInfo.InvariantCulture),
                f[5].Length == 0 ? null : double.Parse(f[5], CultureInfo.InvariantCulture),
                long.Parse(f[6], CultureInfo.InvariantCulture)));
            Index(byName, f[1], index);
            foreach (var alt in f[7].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                Index(byName, alt, index);
            }
        }

        _entries = [.. entries];
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The shipped gazetteer, loaded once on first use.</summary>
    public static Gazetteer Shared => s_shared.Value;

    /// <summary>Every place called <paramref name="name"/>.</summary>
    public IEnumerable<GazetteerEntry> Candidates(string name)
        => _byName.TryGetValue(name, out var ids) ? ids.Select(i => _entries[i]) : [];

    /// <summary>
    /// The place <paramref name="name"/> most likely means: a country over a division or city of the same name unless the
    /// article's other places point elsewhere ("Georgia" with Atlanta), then the larger place; null when none is known.
    /// </summary>
    public GazetteerEntry? Resolve(string name, IReadOnlySet<string> contextCountries)
    {
        ArgumentNullException.ThrowIfNull(contextCountries);
        GazetteerEntry? best = null;
        double bestScore = double.MinValue;
        foreach (var e in Candidates(name))
        {
            double score = e.Feature switch
            {
                PlaceFeature.Country => 30,
                PlaceFeature.Admin1 => 16,
                _ => 3 * Math.Log10(Math.Max(e.Population, 1000)) + (string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) ? 1 : 0),
            };
            if (contextCountries.Contains(e.Country))
            {
                score += 15;
            }

            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }

        return best;
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
