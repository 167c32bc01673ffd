using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace Sitrep.DataBuild;

/// <summary>Countries: ISO3 code, English name, demonyms and English aliases, from country-names/ (mledoze + Wikidata aliases).</summary>
internal sealed class CountryTable
{
    private readonly SortedDictionary<string, Row> _rows = new(StringComparer.Ordinal);

    public int Count => _rows.Count;

    /// <summary>ISO3 code by any lower-cased English name, alias or demonym.</summary>
    public Dictionary<string, string> ByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static CountryTable Build(string data)
    {
        var table = new CountryTable();
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data, "country-names", "countries_mledoze.json"))))
        {
            foreach (var c in json.RootElement.EnumerateArray())
            {
                string iso3 = c.GetProperty("cca3").GetString()!;
                var row = table.Get(iso3);
                row.Name = c.GetProperty("name").GetProperty("common").GetString()!;
                row.UnMember = c.TryGetProperty("unMember", out var un) && un.ValueKind == JsonValueKind.True;
                row.Aliases.Add(c.GetProperty("name").GetProperty("official").GetString()!);
                foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
                {
                    string a = alt.GetString()!;
                    if (a.Length > 3)
                    {
                        row.Aliases.Add(a);
                    }
                }

                if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                {
                    row.Demonyms.Add(eng.GetProperty("m").GetString()!);
                    row.Demonyms.Add(eng.GetProperty("f").GetString()!);
                }
            }
        }

        using (var reader = new StreamReader(Path.Combine(data, "country-names", "country_aliases_wikidata.csv"), Encoding.UTF8))
        using (var csv = new CsvReader(reader, CultureInfo.InvariantCulture))
        {
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                if (csv.GetField("language") != "en")
                {
                    continue;
                }

                string iso3 = csv.GetField("iso3c")!;
                if (table._rows.TryGetValue(iso3, out var row))
                {
                    row.Aliases.Add(csv.GetField("label")!);
                }
            }
        }

        // Short forms news uses that the sources lack or spell differently.
        table.Get("USA").Aliases.UnionWith(["US", "U.S.", "USA", "U.S.A.", "America", "United States"]);
        table.Get("GBR").Aliases.UnionWith(["UK", "U.K.", "Britain", "Great Britain"]);
        table.Get("GBR").Demonyms.Add("British");
        table.Get("USA").Demonyms.Add("American");
        foreach (var row in table._rows.Values.OrderByDescending(r => r.UnMember).ThenBy(r => r.Iso3, StringComparer.Ordinal))
        {
            row.Aliases.Remove(row.Name);
            foreach (var name in row.Aliases.Append(row.Name).Concat(row.Demonyms))
            {
                table.ByName.TryAdd(name, row.Iso3);
            }
        }

        return table;
    }

    public string? Name(string iso3) => _rows.TryGetValue(iso3, out var r) ? r.Name : null;

    /// <summary>The English aliases of a country (not its demonyms).</summary>
    public IEnumerable<string> AliasesOf(string iso3) => _rows.TryGetValue(iso3, out var r) ? r.Aliases.Append(r.Name) : [];

    public void Write(string path)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# iso3\tname\tdemonyms\taliases — built by tools/Sitrep.DataBuild from country-names/ (mledoze countries, ODbL; Wikidata aliases, CC0)");
        // UN members first: a reader that keeps the first country for a shared demonym ("French") gets the sovereign state.
        foreach (var r in _rows.Values.Where(r => r.Name.Length > 0).OrderByDescending(r => r.UnMember).ThenBy(r => r.Iso3, StringComparer.Ordinal))
        {
            w.WriteLine($"{r.Iso3}\t{r.Name}\t{string.Join('|', r.Demonyms.Order(StringComparer.Ordinal))}\t{string.Join('|', r.Aliases.Where(a => !a.Contains('\t', StringComparison.Ordinal) && !a.Contains('|', StringComparison.Ordinal)).Order(StringComparer.Ordinal))}");
        }
    }

    private Row Get(string iso3)
    {
        if (!_rows.TryGetValue(iso3, out var row))
        {
            _rows[iso3] = row = new Row(iso3);
        }

        return row;
    }

    private sealed class Row(string iso3)
    {
        public string Iso3 { get; } = iso3;

        public string Name { get; set; } = "";

        public bool UnMember { get; set; }

        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Demonyms { get; } = new(StringComparer.Ordinal);
    }
}
