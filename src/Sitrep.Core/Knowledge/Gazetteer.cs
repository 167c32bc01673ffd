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
    private readonly NameIndex _byName;
    private readonly NameIndex _byShortCapitals;

    internal Gazetteer(IEnumerable<string[]> rows)
    {
        var entries = new List<GazetteerEntry>(40_000);
        var byName = new NameIndex.Builder(StringComparer.OrdinalIgnoreCase, 400_000);
        var byShortCapitals = new NameIndex.Builder(StringComparer.Ordinal, 1_000);
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
            byName.Add(f[1], index);
            foreach (var alt in f[7].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                byName.Add(alt, index);
                if (IsShortCapitals(alt))
                {
                    byShortCapitals.Add(alt, index);
                }
            }
        }

        _entries = [.. entries];
        _byName = byName.Build();
        _byShortCapitals = byShortCapitals.Build();
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
        var ids = index.Find(name);
        if (ids.Length == 0)
        {
            return [];
        }

        var found = new GazetteerEntry[ids.Length];
        for (int i = 0; i < found.Length; i++)
        {
            found[i] = _entries[ids[i]];
        }

        return found;
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

    /// <summary>
    /// Name → the indices of its places, in the order they were added: one dictionary from name to slot and one flat
    /// array of indices per slot, built in one pass (a few large arrays rather than a list per name, so the gazetteer
    /// loads quickly at start-up).
    /// </summary>
    private sealed class NameIndex
    {
        private readonly Dictionary<string, int> _slots;
        private readonly int[] _start;
        private readonly int[] _ids;

        private NameIndex(Dictionary<string, int> slots, int[] start, int[] ids)
        {
            _slots = slots;
            _start = start;
            _ids = ids;
        }

        public ReadOnlySpan<int> Find(string name)
            => _slots.TryGetValue(name, out int slot) ? _ids.AsSpan(_start[slot], _start[slot + 1] - _start[slot]) : default;

        public sealed class Builder(StringComparer comparer, int capacity)
        {
            private readonly Dictionary<string, int> _slots = new(capacity, comparer);
            private readonly List<int> _last = new(capacity);
            private readonly List<(int Slot, int Id)> _pairs = new(capacity);

            /// <summary>Adds place <paramref name="id"/> under <paramref name="name"/> (once: ids come in ascending order).</summary>
            public void Add(string name, int id)
            {
                if (!_slots.TryGetValue(name, out int slot))
                {
                    slot = _slots.Count;
                    _slots[name] = slot;
                    _last.Add(-1);
                }

                if (_last[slot] != id)
                {
                    _last[slot] = id;
                    _pairs.Add((slot, id));
                }
            }

            public NameIndex Build()
            {
                var start = new int[_slots.Count + 1];
                foreach (var (slot, _) in _pairs)
                {
                    start[slot + 1]++;
                }

                for (int i = 1; i < start.Length; i++)
                {
                    start[i] += start[i - 1];
                }

                var next = start.AsSpan(0, _slots.Count).ToArray();
                var ids = new int[_pairs.Count];
                foreach (var (slot, id) in _pairs)
                {
                    ids[next[slot]++] = id;
                }

                return new NameIndex(_slots, start, ids);
            }
        }
    }
}
