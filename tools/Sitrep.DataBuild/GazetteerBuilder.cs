using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Sitrep.DataBuild;

/// <summary>
/// Builds the compact gazetteer: countries (countryInfo + mledoze coordinates), first-level divisions (admin1) and
/// cities of 15,000 people or more (cities15000), with their Latin-script alternate names, from geonames/ (CC BY 4.0).
/// Each division and city also keeps its first-level division key ("US.ID") and its rank: "capital" (GeoNames PPLC) or
/// "seat" of a first-level division (PPLA), the priors that decide a shared name when the article gives no evidence.
/// </summary>
internal static class GazetteerBuilder
{
    /// <summary>English words that an abbreviation without its period would be ("Wash", "Miss"): those keep the period.</summary>
    private static readonly HashSet<string> s_words = new(StringComparer.OrdinalIgnoreCase) { "Ill", "Ind", "Miss", "Mass", "Wash", "Man", "Mont", "Penn", "Del", "Ore", "Tex", "Cal", "Flor", "Ark" };

    public static void Build(string data, CountryTable countries, string path, string abbreviations)
    {
        var abbreviationsOf = ReadAbbreviations(abbreviations);
        string geo = Path.Combine(data, "geonames");
        var iso2to3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<string>();
        var latlng = new Dictionary<string, (double Lat, double Lon)>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data, "country-names", "countries_mledoze.json"))))
        {
            foreach (var c in json.RootElement.EnumerateArray())
            {
                var ll = c.GetProperty("latlng");
                if (ll.GetArrayLength() == 2)
                {
                    latlng[c.GetProperty("cca3").GetString()!] = (ll[0].GetDouble(), ll[1].GetDouble());
                }
            }
        }

        foreach (var line in File.ReadLines(Path.Combine(geo, "countryInfo.txt")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            iso2to3[f[0]] = f[1];
            var (lat, lon) = latlng.GetValueOrDefault(f[1]);
            rows.Add(Row(f[16], f[4], f[1], "country", lat, lon, Long(f[7]), countries.AliasesOf(f[1]), "", ""));
        }

        foreach (var line in File.ReadLines(Path.Combine(geo, "admin1CodesASCII.txt")))
        {
            var f = line.Split('\t');
            string iso2 = f[0][..f[0].IndexOf('.', StringComparison.Ordinal)];
            if (iso2to3.TryGetValue(iso2, out var iso3))
            {
                var alternates = (f[1] != f[2] ? [f[2]] : new List<string>()).Concat(abbreviationsOf.GetValueOrDefault(f[0], []));
                rows.Add(Row(f[3], f[1], iso3, "admin1", null, null, 0, alternates, f[0], ""));
            }
        }

        foreach (var line in File.ReadLines(Path.Combine(geo, "cities15000.txt")))
        {
            var f = line.Split('\t');
            if (!iso2to3.TryGetValue(f[8], out var iso3))
            {
                continue;
            }

            var alternates = f[3].Split(',').Where(IsUsefulAlternate).Append(f[2]).Where(a => a != f[1]).Distinct(StringComparer.Ordinal);
            string rank = f[7] switch { "PPLC" => "capital", "PPLA" => "seat", _ => "" };
            rows.Add(Row(f[0], f[1], iso3, "city", Double(f[4]), Double(f[5]), Long(f[14]), alternates, f[10].Length == 0 ? "" : f[8] + "." + f[10], rank));
        }

        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# geonameid\tname\tcountry\tfeature\tlat\tlon\tpopulation\talternates\tadmin1\trank — built by tools/Sitrep.DataBuild from GeoNames (CC BY 4.0) and mledoze/countries (ODbL)");
        foreach (var r in rows)
        {
            w.WriteLine(r);
        }

        Console.WriteLine($"gazetteer: {rows.Count} places");
    }

    /// <summary>
    /// The hand-kept abbreviations of first-level divisions (<c>Supplement/division-abbreviations.tsv</c>) by admin1 key:
    /// each as written, and without its final period when it is three letters or more and no English word.
    /// </summary>
    private static Dictionary<string, List<string>> ReadAbbreviations(string path)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith('#')).Skip(1))
        {
            var f = line.Split('\t');
            var forms = new List<string>();
            foreach (var a in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                forms.Add(a);
                string bare = a.TrimEnd('.');
                if (bare.Length >= 3 && !bare.Contains('.', StringComparison.Ordinal) && !s_words.Contains(bare))
                {
                    forms.Add(bare);
                }
            }

            byKey[f[0]] = forms;
        }

        return byKey;
    }

    private static bool IsUsefulAlternate(string a)
    {
        if (a.Length is < 3 or > 40 || !char.IsUpper(a[0]) || a.All(c => char.IsUpper(c) || !char.IsLetter(c)))
        {
            return false;
        }

        foreach (char c in a)
        {
            if (!(c < 0x250 && (char.IsLetter(c) || c is ' ' or '-' or '\'' or '.')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Row(string id, string name, string iso3, string feature, double? lat, double? lon, long population, IEnumerable<string> alternates, string admin1, string rank)
        => string.Join('\t', id, name, iso3, feature, lat?.ToString("0.####", CultureInfo.InvariantCulture) ?? "", lon?.ToString("0.####", CultureInfo.InvariantCulture) ?? "",
            population.ToString(CultureInfo.InvariantCulture), string.Join('|', alternates.Where(a => !a.Contains('|', StringComparison.Ordinal))), admin1, rank);

    private static double Double(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static long Long(string s) => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long v) ? v : 0;
}
