using System.Collections.Frozen;

namespace Sitrep.Core.Knowledge;

/// <summary>Country names, aliases and demonyms to ISO 3166-1 alpha-3 codes (from country-names/, shipped gzipped).</summary>
public sealed class Countries
{
    private static readonly Lazy<Countries> s_shared = new(() => new Countries(EmbeddedData.Rows("countries.tsv.gz")));

    private readonly FrozenDictionary<string, string> _byName;
    private readonly FrozenDictionary<string, string> _names;

    internal Countries(IEnumerable<string[]> rows)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var table = rows.ToList();
        foreach (var f in table)
        {
            names[f[0]] = f[1];
            byName.TryAdd(f[1], f[0]);
        }

        // Rows come UN members first, so a shared demonym or alias ("French") goes to the sovereign state.
        foreach (var f in table)
        {
            string iso3 = f[0];
            foreach (var d in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                byName.TryAdd(d, iso3);
            }

            foreach (var a in f[3].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                byName.TryAdd(a, iso3);
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        ByNameLookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped table, loaded once on first use.</summary>
    public static Countries Shared => s_shared.Value;

    /// <summary>Span lookup of ISO3 codes by name, alias or demonym (case-insensitive).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByNameLookup { get; }

    /// <summary>The ISO3 code of a country name, alias or demonym ("Ukraine", "Ukrainian", "UK", "U.S."), or null.</summary>
    public string? Code(string name) => _byName.TryGetValue(name, out var c) ? c : null;

    /// <summary>The common English name of an ISO3 code, or null.</summary>
    public string? Name(string iso3) => _names.TryGetValue(iso3, out var n) ? n : null;
}
