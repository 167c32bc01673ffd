using System.Text;
using System.Text.Json;
using Sitrep.Core.Tagging;
using Sitrep.Core.Tokenization;

namespace Sitrep.Train;

/// <summary>
/// Builds the gazetteer from ../shared/data: countries and their English aliases (Wikidata, mledoze), demonyms,
/// GeoNames cities (population ≥ 15,000) and first-level regions, office-holders (EveryPolitician/Wikidata,
/// US executive), and a short hand-written list of group adjectives (NORP).
/// </summary>
internal static class GazetteerBuilder
{
    private static readonly string[] Groups =
    [
        "European", "Europeans", "African", "Africans", "Asian", "Asians", "Arab", "Arabs", "Muslim", "Muslims",
        "Christian", "Christians", "Jewish", "Jews", "Catholic", "Catholics", "Protestant", "Protestants", "Sunni",
        "Shia", "Shiite", "Shiites", "Kurdish", "Kurds", "Western", "Westerners", "Hindu", "Hindus", "Buddhist",
        "Islamist", "Islamists", "Republican", "Republicans", "Democrat", "Democrats", "Latino", "Latinos",
        "Scandinavian", "Balkan", "Baltic", "Caucasian", "Slavic", "Nordic", "Soviet", "Sikh", "Sikhs", "Tamil", "Tamils",
        "Pashtun", "Palestinians", "Israelis", "Ukrainians", "Russians", "Americans", "Chinese", "Britons",
    ];

    public static AtomTable Build(string dataRoot)
    {
        var table = new AtomTable(1 << 17);
        int added = 0;
        void Add(string phrase, GazetteerMarks mark)
        {
            phrase = phrase.Trim();
            if (phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                phrase = phrase[4..];
            }

            if (phrase.Length < 2 || !phrase.Any(char.IsLetter))
            {
                return;
            }

            var tokens = Tokenizer.Tokenize(phrase);
            if (tokens.Length is 0 or > Gazetteer.MaxTokens)
            {
                return;
            }

            Span<ulong> hashes = stackalloc ulong[tokens.Length];
            for (int i = 0; i < tokens.Length; i++)
            {
                hashes[i] = StableHash.OfNormalized(tokens[i].Span(phrase));
            }

            table.Or(Gazetteer.PhraseKey(hashes), (int)mark);
            added++;
        }

        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataRoot, "country-names/countries_mledoze.json"))))
        {
            foreach (var country in json.RootElement.EnumerateArray())
            {
                var name = country.GetProperty("name");
                Add(name.GetProperty("common").GetString()!, GazetteerMarks.Country);
                Add(name.GetProperty("official").GetString()!, GazetteerMarks.Country);
                foreach (var alt in country.GetProperty("altSpellings").EnumerateArray())
                {
                    string a = alt.GetString()!;
                    if (a.Length > 2 && !a.Any(c => c > 0x24F))
                    {
                        Add(a, GazetteerMarks.Country);
                    }
                }

                if (country.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
                {
                    foreach (var form in new[] { "m", "f" })
                    {
                        string d = eng.GetProperty(form).GetString() ?? "";
                        if (d.Length > 2)
                        {
                            Add(d, GazetteerMarks.Demonym);
                            if (!d.EndsWith('s') && !d.EndsWith("ese", StringComparison.Ordinal) && !d.EndsWith("ch", StringComparison.Ordinal))
                            {
                                Add(d + "s", GazetteerMarks.Demonym);
                            }
                        }
                    }
                }
            }
        }

        foreach (var line in File.ReadLines(Path.Combine(dataRoot, "country-names/country_aliases_wikidata.csv")).Skip(1))
        {
            var cols = line.Split(',');
            if (cols.Length >= 6 && cols[2] == "en" && !cols[4].Any(c => c > 0x24F) && (cols[4].Length > 2 || cols[4].All(char.IsUpper)))
            {
                Add(cols[4].Trim('"'), GazetteerMarks.Country);
            }
        }

        foreach (var line in File.ReadLines(Path.Combine(dataRoot, "geonames/cities15000.txt"), Encoding.UTF8))
        {
            var cols = line.Split('\t');
            Add(cols[1], GazetteerMarks.City);
            if (cols[2] != cols[1])
            {
                Add(cols[2], GazetteerMarks.City);
            }
        }

        foreach (var line in File.ReadLines(Path.Combine(dataRoot, "geonames/admin1CodesASCII.txt"), Encoding.UTF8))
        {
            var cols = line.Split('\t');
            if (cols.Length >= 3)
            {
                Add(cols[1], GazetteerMarks.Region);
                Add(cols[2], GazetteerMarks.Region);
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(dataRoot, "leaders/everypolitician-wikidata"), "holders21.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file, Encoding.UTF8).Skip(1))
            {
                string? person = SecondCsvField(line);
                if (person is not null && person.Contains(' ', StringComparison.Ordinal) && !person.StartsWith('Q'))
                {
                    Add(person, GazetteerMarks.Person);
                }
            }
        }

        foreach (var line in File.ReadLines(Path.Combine(dataRoot, "leaders/us-executive/executive.yaml")))
        {
            string t = line.Trim();
            if (t.StartsWith("official_full:", StringComparison.Ordinal))
            {
                Add(t["official_full:".Length..].Trim().Trim('\''), GazetteerMarks.Person);
            }
        }

        foreach (var g in Groups)
        {
            Add(g, GazetteerMarks.Group);
        }

        Console.WriteLine($"gazetteer: {added} names → {table.Count} phrases");
        return table;
    }

    private static string? SecondCsvField(string line)
    {
        int comma = line.IndexOf(',', StringComparison.Ordinal);
        if (line.StartsWith('"'))
        {
            int close = line.IndexOf("\",", 1, StringComparison.Ordinal);
            comma = close < 0 ? -1 : close + 1;
        }

        if (comma < 0 || comma + 1 >= line.Length)
        {
            return null;
        }

        int start = comma + 1;
        if (line[start] == '"')
        {
            int close = line.IndexOf('"', start + 1);
            return close < 0 ? null : line[(start + 1)..close];
        }

        int end = line.IndexOf(',', start);
        return end < 0 ? line[start..] : line[start..end];
    }
}
