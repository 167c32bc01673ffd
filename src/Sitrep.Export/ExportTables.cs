using Sitrep.Core.Text;
using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Export;

/// <summary>A country's codes: CAMEO country code and FIPS 10-4 code (null when there is none), GeoNames id, name.</summary>
public sealed record CountryCodes(string Iso3, string? Cameo, string? Fips, long? GeonamesId, string Name);

/// <summary>A CAMEO event code with its Goldstein scale value and description.</summary>
public sealed record CameoCode(string Code, double Goldstein, string Description)
{
    /// <summary>The two-digit root ("19" for "193").</summary>
    public string Root => Code[..2];

    /// <summary>The three-digit base code ("082" for "0821"; the code itself when it has two or three digits).</summary>
    public string Base => Code.Length > 3 ? Code[..3] : Code;

    /// <summary>GDELT's QuadClass of the root: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
    /// 3 verbal conflict (09-13), 4 material conflict (14-20).</summary>
    public int QuadClass => int.Parse(Root, CultureInfo.InvariantCulture) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };
}

/// <summary>One row of a PLOVER (category, mode) mapping: the target value (null for a gap) and why.</summary>
public sealed record PloverMapping(string Category, string? Mode, string? Value, string Basis);

/// <summary>
/// The lookup tables shipped in Data/ (see README.md): PLOVER → CAMEO, PLOVER → ACLED event type, CAMEO codes with
/// their Goldstein values, and countries (ISO3 → CAMEO country code, FIPS, GeoNames id). Loaded once.
/// </summary>
public sealed class ExportTables
{
    private static readonly Lazy<ExportTables> s_shared = new(() => new ExportTables(
        Rows("plover-cameo.tsv"), Rows("acled-types.tsv"), Rows("cameo-events.tsv"), Rows("countries.tsv"), Rows("cameo-groups.tsv")));

    private readonly FrozenDictionary<(string, string?), PloverMapping> _cameo;
    private readonly FrozenDictionary<(string, string?), PloverMapping> _acled;
    private readonly FrozenDictionary<string, string> _groups;

    internal ExportTables(IEnumerable<string[]> ploverCameo, IEnumerable<string[]> acled, IEnumerable<string[]> cameoCodes, IEnumerable<string[]> countries, IEnumerable<string[]> groups)
    {
        PloverToCameo = Mappings(ploverCameo);
        PloverToAcled = Mappings(acled);
        _cameo = PloverToCameo.ToFrozenDictionary(m => (m.Category, m.Mode));
        _acled = PloverToAcled.ToFrozenDictionary(m => (m.Category, m.Mode));
        CameoCodes = cameoCodes.Select(f => new CameoCode(f[0], double.Parse(f[1], CultureInfo.InvariantCulture), f[2]))
            .ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Countries = countries.Select(f => new CountryCodes(f[0], Empty(f[1]), Empty(f[2]), long.TryParse(f[3], CultureInfo.InvariantCulture, out var id) ? id : null, f[4]))
            .ToFrozenDictionary(c => c.Iso3, StringComparer.Ordinal);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in groups)
        {
            foreach (var name in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                byName.TryAdd(name, f[0]);
            }
        }

        _groups = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        CountryByGeonamesId = Countries.Values.Where(c => c.GeonamesId is not null).ToFrozenDictionary(c => c.GeonamesId!.Value);
    }

    /// <summary>The shipped tables.</summary>
    public static ExportTables Shared => s_shared.Value;

    /// <summary>Every row of the PLOVER → CAMEO table, gaps included.</summary>
    public IReadOnlyList<PloverMapping> PloverToCameo { get; }

    /// <summary>Every row of the PLOVER → ACLED event type table, gaps included.</summary>
    public IReadOnlyList<PloverMapping> PloverToAcled { get; }

    /// <summary>CAMEO event codes by code.</summary>
    public FrozenDictionary<string, CameoCode> CameoCodes { get; }

    /// <summary>Countries by ISO3 code.</summary>
    public FrozenDictionary<string, CountryCodes> Countries { get; }

    /// <summary>Countries by their GeoNames id (to tell a country from a town).</summary>
    public FrozenDictionary<long, CountryCodes> CountryByGeonamesId { get; }

    /// <summary>The CAMEO known-group code of an organisation's name ("United Nations", "UN", "NATO"), or null.</summary>
    public string? Group(string name) => _groups.GetValueOrDefault(name);

    /// <summary>The CAMEO code of a PLOVER category and mode: the mode's row, else (a gap or an unlisted mode) the
    /// category's; null when the category has none.</summary>
    public CameoCode? Cameo(string category, string? mode)
        => Lookup(_cameo, category, mode) is { } code && CameoCodes.TryGetValue(code, out var c) ? c : null;

    /// <summary>The ACLED event type of a PLOVER category and mode (the mode's row, else the category's), or null.</summary>
    public string? AcledType(string category, string? mode)
    {
        ArgumentNullException.ThrowIfNull(category);
        return mode is not null && _acled.TryGetValue((category, mode), out var m) ? m.Value : _acled.GetValueOrDefault((category, null))?.Value;
    }

    private static string? Lookup(FrozenDictionary<(string, string?), PloverMapping> table, string category, string? mode)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (mode is not null && table.TryGetValue((category, mode), out var m) && m.Value is not null)
        {
            return m.Value;
        }

        return table.GetValueOrDefault((category, null))?.Value;
    }

    // "-" in the value column is a gap (null); "?" a value left empty on purpose ("").
    private static List<PloverMapping> Mappings(IEnumerable<string[]> rows)
        => [.. rows.Select(f => new PloverMapping(f[0], f[1] == "-" ? null : f[1], f[2] switch { "-" => null, "?" => "", _ => f[2] }, f.Length > 3 ? f[3] : ""))];

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    private static List<string[]> Rows(string name) => TsvRows.Embedded(typeof(ExportTables).Assembly, "Sitrep.Export." + name);
}
