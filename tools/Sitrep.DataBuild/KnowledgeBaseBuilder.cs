using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using Sitrep.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace Sitrep.DataBuild;

/// <summary>
/// Builds the office-holder knowledge base: US presidents and vice presidents (us-executive, CC0),
/// office-holders since 2000 from the EveryPolitician Wikidata extracts (CC0), a hand-kept
/// supplement of later changes (every row with its source), and older heads of state and government from
/// Archigos (<see cref="ArchigosLeaders"/>). Open spells are closed when a later
/// holder of the same single-holder office starts.
/// </summary>
internal sealed class KnowledgeBaseBuilder
{
    private static readonly Dictionary<string, string> s_repoCountries = new(StringComparer.Ordinal)
    {
        ["united-kingdom"] = "GBR", ["uk"] = "GBR", ["usa"] = "USA", ["south-korea"] = "KOR", ["north-korea"] = "PRK",
        ["czech-republic"] = "CZE", ["czechia"] = "CZE", ["russia"] = "RUS", ["ivory-coast"] = "CIV", ["cote-divoire"] = "CIV",
        ["drc"] = "COD", ["dr-congo"] = "COD", ["congo-kinshasa"] = "COD", ["congo-brazzaville"] = "COG", ["republic-of-the-congo"] = "COG",
        ["east-timor"] = "TLS", ["timor-leste"] = "TLS", ["vatican"] = "VAT", ["macedonia"] = "MKD", ["north-macedonia"] = "MKD",
        ["eswatini"] = "SWZ", ["swaziland"] = "SWZ", ["cape-verde"] = "CPV", ["micronesia"] = "FSM", ["burma"] = "MMR", ["myanmar"] = "MMR",
        ["antigua-barbuda"] = "ATG", ["st-kitts-nevis"] = "KNA", ["st-lucia"] = "LCA", ["st-vincent"] = "VCT", ["sao-tome"] = "STP",
        ["trinidad-tobago"] = "TTO", ["bosnia"] = "BIH", ["bosnia-herzegovina"] = "BIH", ["guinea-bissau"] = "GNB", ["palestine"] = "PSE",
        ["taiwan"] = "TWN", ["kosovo"] = "UNK", ["hong-kong"] = "HKG", ["vietnam"] = "VNM", ["laos"] = "LAO", ["syria"] = "SYR", ["iran"] = "IRN",
        ["moldova"] = "MDA", ["bvi"] = "VGB", ["caymans"] = "CYM", ["faroes"] = "FRO", ["solomons"] = "SLB", ["swiss-federal-council"] = "CHE", ["swiss-federal"] = "CHE", ["turks-and-caicos"] = "TCA", ["bolivia"] = "BOL", ["venezuela"] = "VEN", ["tanzania"] = "TZA", ["brunei"] = "BRN", ["gambia"] = "GMB", ["bahamas"] = "BHS",
    };

    private readonly List<OfficeTerm> _terms = [];
    private readonly Dictionary<string, int> _bySource = new(StringComparer.Ordinal);

    public static KnowledgeBaseBuilder Build(string data, CountryTable countries, string supplement)
    {
        var b = new KnowledgeBaseBuilder();
        b.AddUsExecutive(Path.Combine(data, "leaders", "us-executive", "executive.yaml"));
        b.AddEveryPolitician(Path.Combine(data, "leaders", "everypolitician-wikidata"), countries);
        b.AddSupplement(supplement);
        foreach (var term in ArchigosLeaders.Read(Path.Combine(data, "leaders", "archigos", "arch_annual.txt"), Path.Combine(Path.GetDirectoryName(supplement)!, "cow-countries.tsv"), b._terms, Console.Out))
        {
            b.Add(term);
        }

        b.CloseSucceededSpells();
        foreach (var (source, n) in b._bySource)
        {
            Console.WriteLine($"{source}: {n} terms");
        }

        return b;
    }

    /// <summary>Every office-holder's name.</summary>
    public IEnumerable<string> People => _terms.Select(t => t.Person).Distinct(StringComparer.Ordinal);

    public void Write(string path)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# person\taliases\toffice\tkind\tcountry\tstart\tend\twikidata\tsource — built by tools/Sitrep.DataBuild (see src/Sitrep.Core/Knowledge/README.md)");
        foreach (var t in _terms.OrderBy(t => t.Country, StringComparer.Ordinal).ThenBy(t => t.Office, StringComparer.Ordinal).ThenBy(t => t.Start))
        {
            w.WriteLine(string.Join('\t', Clean(t.Person), string.Join('|', t.Aliases.Select(Clean)), Clean(t.Office), t.Kind.ToString(), t.Country ?? "",
                Iso(t.Start), t.End is { } e ? Iso(e) : "", t.WikidataId ?? "", t.Source));
        }

        Console.WriteLine($"knowledge base: {_terms.Count} terms, {_terms.Select(t => t.Person).Distinct(StringComparer.Ordinal).Count()} people, {_terms.Select(t => t.Country).Distinct(StringComparer.Ordinal).Count()} countries, {_terms.Min(t => t.Start).Year}–{_terms.Max(t => t.Start).Year}");
    }

    /// <summary>What an office label means, across countries.</summary>
    public static OfficeKind Classify(string office, string? countryName)
    {
        string o = office.ToLowerInvariant();
        string country = (countryName ?? "\u0001").ToLowerInvariant();
        bool ofCountry = o.EndsWith(" of " + country, StringComparison.Ordinal) || o.EndsWith(" of the " + country, StringComparison.Ordinal) || o == "president of the republic";
        if (o.Contains("deputy", StringComparison.Ordinal) || o.Contains("first lady", StringComparison.Ordinal) || o.Contains("ambassador", StringComparison.Ordinal)
            || o.Contains("minister of state", StringComparison.Ordinal) || o.Contains("under-secretary", StringComparison.Ordinal) || o.Contains("parliamentary", StringComparison.Ordinal) || o.Contains("assistant", StringComparison.Ordinal))
        {
            return o.Contains("minister", StringComparison.Ordinal) ? OfficeKind.Minister : OfficeKind.Other;
        }

        if (o is "vice president" or "vice-president" || ((o.StartsWith("vice president of", StringComparison.Ordinal) || o.StartsWith("vice-president of", StringComparison.Ordinal)) && ofCountry))
        {
            return OfficeKind.VicePresident;
        }

        if (o == "prime minister" || (o.StartsWith("prime minister of", StringComparison.Ordinal) && ofCountry) || o == "premier" || o == "premier of the state council" || (o.StartsWith("premier of", StringComparison.Ordinal) && ofCountry)
            || o == "chancellor" || o == "federal chancellor" || (o.StartsWith("chancellor of", StringComparison.Ordinal) && ofCountry)
            || o.StartsWith("taoiseach", StringComparison.Ordinal) || o == "head of government" || (o.StartsWith("head of government of", StringComparison.Ordinal) && ofCountry) || o.StartsWith("chairman of the council of ministers", StringComparison.Ordinal))
        {
            return OfficeKind.HeadOfGovernment;
        }

        if (o == "president" || (o.StartsWith("president of ", StringComparison.Ordinal) && ofCountry))
        {
            return OfficeKind.HeadOfState;
        }

        if (o is "monarch" or "king" or "queen" or "emperor" or "emir" or "sultan" || o.StartsWith("king of", StringComparison.Ordinal) || o.StartsWith("monarch of", StringComparison.Ordinal) || o.StartsWith("supreme leader", StringComparison.Ordinal))
        {
            return OfficeKind.HeadOfState;
        }

        if ((o.Contains("foreign affairs", StringComparison.Ordinal) || o.Contains("foreign minister", StringComparison.Ordinal) || o.Contains("foreign secretary", StringComparison.Ordinal)
            || o.Contains("secretary of state for foreign", StringComparison.Ordinal) || o.Contains("external affairs", StringComparison.Ordinal) || o.Contains("international relations", StringComparison.Ordinal))
            && (o.Contains("minister", StringComparison.Ordinal) || o.Contains("secretary", StringComparison.Ordinal)))
        {
            return OfficeKind.ForeignMinister;
        }

        if (o.Contains("secretary-general", StringComparison.Ordinal) || o.Contains("secretary general", StringComparison.Ordinal))
        {
            return OfficeKind.SecretaryGeneral;
        }

        if (o.Contains("press secretary", StringComparison.Ordinal))
        {
            return OfficeKind.PressSecretary;
        }

        return o.Contains("minister", StringComparison.Ordinal) || o.StartsWith("secretary of", StringComparison.Ordinal) ? OfficeKind.Minister : OfficeKind.Other;
    }

    private void AddUsExecutive(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        foreach (var person in ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.OfType<YamlMappingNode>())
        {
            var name = (YamlMappingNode)person[new YamlScalarNode("name")];
            string first = Scalar(name, "first") ?? "";
            string last = Scalar(name, "last") ?? "";
            string? middle = Scalar(name, "middle");
            string? nick = Scalar(name, "nickname");
            string full = $"{nick ?? first} {last}";
            var aliases = new List<string>();
            if (middle is not null)
            {
                aliases.Add($"{first} {middle} {last}");
                aliases.Add($"{first} {middle[0]}. {last}");
            }

            if (nick is not null)
            {
                aliases.Add($"{first} {last}");
            }

            foreach (var term in ((YamlSequenceNode)person[new YamlScalarNode("terms")]).Children.OfType<YamlMappingNode>())
            {
                string type = Scalar(term, "type")!;
                string office = type == "prez" ? "President of the United States" : "Vice President of the United States";
                Add(new OfficeTerm(full, aliases.Distinct(StringComparer.Ordinal).Where(a => a != full).ToList(), office, Classify(office, "United States"), "USA", Date(Scalar(term, "start"))!.Value, Date(Scalar(term, "end")), null, "us-executive"));
            }
        }
    }

    private void AddEveryPolitician(string folder, CountryTable countries)
    {
        foreach (var dir in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            string repo = Path.GetFileName(dir);
            string? country = CountryOf(repo, countries);
            string holders = Path.Combine(dir, "holders21.csv");
            if (!File.Exists(holders))
            {
                continue;
            }

            if (country is null)
            {
                Console.WriteLine($"  (no ISO country for {repo}; its rows keep no country code)");
            }

            using var reader = new StreamReader(holders, Encoding.UTF8);
            using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                string? office = csv.GetField("position");
                string? person = csv.GetField("person");
                var start = Date(csv.GetField("start"));
                if (string.IsNullOrWhiteSpace(office) || string.IsNullOrWhiteSpace(person) || start is null || person.StartsWith('Q') && person.Skip(1).All(char.IsDigit))
                {
                    continue;
                }

                string? qid = csv.GetField("personID");
                string label = country is null ? $"{office.Trim()} ({Territory(repo)})" : office.Trim();
                Add(new OfficeTerm(person.Trim(), [], label, Classify(office, country is null ? null : countries.Name(country)), country, start.Value, Date(csv.GetField("end")), string.IsNullOrEmpty(qid) ? null : qid, "everypolitician:" + repo));
            }
        }
    }

    private static string Territory(string repo)
    {
        var words = repo.Split('-').Where(w => w is not ("cabinet" or "ministers" or "government" or "executive")).Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return string.Join(' ', words);
    }

    private static string? CountryOf(string repo, CountryTable countries)
    {
        string stem = repo;
        foreach (var suffix in new[] { "-cabinet", "-ministers", "-government", "-executive", "-officeholders", "-ministries" })
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
            }
        }

        if (stem.Contains('/', StringComparison.Ordinal))
        {
            stem = stem[(stem.LastIndexOf('/') + 1)..];
        }

        if (s_repoCountries.TryGetValue(stem, out var code))
        {
            return code;
        }

        return countries.ByName.TryGetValue(stem.Replace('-', ' '), out var iso3) ? iso3 : null;
    }

    private void AddSupplement(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 9)
            {
                throw new InvalidDataException($"{path}: row needs 9 tab-separated fields: {line}");
            }

            var kind = Enum.Parse<OfficeKind>(f[3]);
            var start = Date(f[5])!.Value;
            _terms.RemoveAll(t => t.Start == start && string.Equals(t.Person, f[0], StringComparison.Ordinal) && string.Equals(t.Office, f[2], StringComparison.Ordinal) && string.Equals(t.Country, f[4], StringComparison.Ordinal));
            Add(new OfficeTerm(f[0], f[1].Length == 0 ? [] : f[1].Split('|'), f[2], kind, f[4].Length == 0 ? null : f[4], Date(f[5])!.Value, Date(f[6]), f[7].Length == 0 ? null : f[7], "supplement: " + f[8]));
        }
    }

    private void CloseSucceededSpells()
    {
        // One holder at a time: group by country, kind and the office label without its country ("President of the
        // United States" and "President" are one office); drop duplicate spells, then close each open spell at the
        // start of the next holder's.
        var single = new[] { OfficeKind.HeadOfState, OfficeKind.HeadOfGovernment, OfficeKind.VicePresident, OfficeKind.ForeignMinister, OfficeKind.SecretaryGeneral, OfficeKind.PressSecretary };
        var groups = _terms.Select((t, i) => (t, i)).Where(x => single.Contains(x.t.Kind)).GroupBy(x => (x.t.Country, x.t.Kind, Normalized(x.t.Office, x.t.Country)));
        var drop = new HashSet<int>();
        foreach (var g in groups)
        {
            var spells = g.OrderBy(x => x.t.Start).ThenBy(x => x.t.Source.StartsWith("everypolitician", StringComparison.Ordinal) ? 1 : 0).ToList();
            for (int k = 0; k < spells.Count; k++)
            {
                var (t, i) = spells[k];
                if (spells.Take(k).Any(p => p.t.Start == t.Start && string.Equals(p.t.Person, t.Person, StringComparison.Ordinal)))
                {
                    drop.Add(i);
                    continue;
                }

                var next = spells.Skip(k + 1).FirstOrDefault(x => x.t.Start > t.Start && !string.Equals(x.t.Person, t.Person, StringComparison.Ordinal));
                if (t.End is null && next.t is not null)
                {
                    _terms[i] = t with { End = next.t.Start };
                }
            }
        }

        // A person's Wikidata id, where any row of theirs in the same country has it (dropped duplicates included), goes on all their rows.
        var ids = _terms.Where(t => t.WikidataId is not null).GroupBy(t => (t.Person, t.Country)).ToDictionary(g => g.Key, g => g.First().WikidataId);
        var kept = _terms.Where((_, i) => !drop.Contains(i)).ToList();
        _terms.Clear();
        _terms.AddRange(kept);
        for (int i = 0; i < _terms.Count; i++)
        {
            if (_terms[i].WikidataId is null && ids.TryGetValue((_terms[i].Person, _terms[i].Country), out var id))
            {
                _terms[i] = _terms[i] with { WikidataId = id };
            }
        }
    }

    /// <summary>An office label without its country ("President of the United States" → "president"), to tell one office from another.</summary>
    internal static string Normalized(string office, string? country)
    {
        string o = office.ToLowerInvariant();
        int of = o.IndexOf(" of ", StringComparison.Ordinal);
        return country is not null && of > 0 && !o.StartsWith("secretary", StringComparison.Ordinal) && !o.StartsWith("minister", StringComparison.Ordinal) ? o[..of] : o;
    }

    private void Add(OfficeTerm term)
    {
        _terms.Add(term);
        string source = term.Source.StartsWith("everypolitician:", StringComparison.Ordinal) ? "everypolitician" : term.Source.StartsWith("archigos:", StringComparison.Ordinal) ? "archigos" : term.Source.StartsWith("supplement", StringComparison.Ordinal) ? "supplement" : term.Source;
        _bySource[source] = _bySource.GetValueOrDefault(source) + 1;
    }

    private static string? Scalar(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    private static DateOnly? Date(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        s = s.Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        return DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('|', '/').Replace('\n', ' ');
}
