using Sitrep.Core.Events;

namespace Sitrep.Export.Tests;

/// <summary>The PLOVER → CAMEO and PLOVER → ACLED tables: loaded, complete, and consistent with the forward table.</summary>
public sealed class MappingTests
{
    private static readonly ExportTables s_tables = ExportTables.Shared;

    /// <summary>Every (category, mode) pair Sitrep's event lexicon can give an event.</summary>
    private static List<(string Category, string Mode)> LexiconModes()
    {
        using var stream = typeof(Plover).Assembly.GetManifestResourceStream("Sitrep.Events.event-lexicon.tsv")!;
        using var reader = new StreamReader(stream);
        var pairs = new HashSet<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (line.StartsWith('#') || f.Length < 5 || f[3] == "-" || f[4] == "-")
            {
                continue;
            }

            pairs.Add((f[3], f[4]));
        }

        Assert.True(pairs.Count > 30, "the event lexicon was not read");
        return [.. pairs];
    }

    [Fact]
    public void Tables_are_loaded()
    {
        Assert.True(s_tables.CameoCodes.Count > 250);
        Assert.True(s_tables.Countries.Count > 240);
        Assert.True(s_tables.PloverToCameo.Count > 60);
    }

    [Fact]
    public void Every_PLOVER_category_has_a_CAMEO_code_without_a_mode()
    {
        foreach (var category in Plover.Categories)
        {
            var row = Assert.Single(s_tables.PloverToCameo, m => m.Category == category && m.Mode is null);
            Assert.NotNull(row.Value);
            Assert.NotNull(s_tables.Cameo(category, null));
        }
    }

    [Fact]
    public void Every_row_is_a_known_category_and_every_mapped_code_is_in_the_CAMEO_table_with_a_Goldstein_value()
    {
        foreach (var m in s_tables.PloverToCameo)
        {
            Assert.Contains(m.Category, Plover.Categories);
            Assert.False(string.IsNullOrWhiteSpace(m.Basis), $"{m.Category}/{m.Mode} has no documented basis");
            if (m.Value is { } code)
            {
                Assert.True(s_tables.CameoCodes.ContainsKey(code), $"{m.Category}/{m.Mode} → {code} is no CAMEO code");
            }
        }
    }

    [Fact]
    public void Every_mapped_code_maps_back_to_its_category_through_CAMEO2PLOVER()
    {
        foreach (var m in s_tables.PloverToCameo.Where(m => m.Value is not null))
        {
            Assert.True(CameoToPlover.Category(m.Value!) == m.Category, $"{m.Category}/{m.Mode} → {m.Value}, which is {CameoToPlover.Category(m.Value!)}");
        }
    }

    [Fact]
    public void Every_mode_of_the_event_lexicon_is_mapped_or_listed_as_a_gap_in_both_tables()
    {
        foreach (var (category, mode) in LexiconModes())
        {
            Assert.True(s_tables.PloverToCameo.Any(m => m.Category == category && m.Mode == mode), $"{category}/{mode} is not in plover-cameo.tsv");
            Assert.True(s_tables.PloverToAcled.Any(m => m.Category == category && m.Mode == mode) || category is not ("ASSAULT" or "PROTEST" or "COERCE" or "MOBILIZE" or "RETREAT"), $"{category}/{mode} is not in acled-types.tsv");
        }
    }

    [Fact]
    public void A_mode_that_is_a_gap_falls_back_to_the_category_code()
    {
        Assert.Null(Assert.Single(s_tables.PloverToCameo, m => m.Category == "CONSULT" && m.Mode == "multilateral").Value);
        Assert.Equal("040", s_tables.Cameo("CONSULT", "multilateral")!.Code);
        Assert.Equal("040", s_tables.Cameo("CONSULT", "no-such-mode")!.Code);
        Assert.Equal("043", s_tables.Cameo("CONSULT", "host")!.Code);
    }

    [Fact]
    public void Every_PLOVER_category_has_an_ACLED_row_and_every_type_is_one_of_ACLEDs()
    {
        string[] types = ["Battles", "Violence against civilians", "Explosions/Remote violence", "Riots", "Protests", "Strategic developments", ""];
        foreach (var category in Plover.Categories)
        {
            Assert.Single(s_tables.PloverToAcled, m => m.Category == category && m.Mode is null);
        }

        Assert.All(s_tables.PloverToAcled, m => Assert.True(m.Value is null || types.Contains(m.Value), $"{m.Category}/{m.Mode}: '{m.Value}'"));
    }

    [Fact]
    public void Countries_map_ISO3_to_CAMEO_where_they_differ()
    {
        Assert.Equal("ROM", s_tables.Countries["ROU"].Cameo);
        Assert.Equal("TMP", s_tables.Countries["TLS"].Cameo);
        Assert.Equal(("USA", "US"), (s_tables.Countries["USA"].Cameo, s_tables.Countries["USA"].Fips));
        Assert.Equal("UK", s_tables.Countries["GBR"].Fips);
        Assert.Null(s_tables.Countries["SSD"].Cameo);
    }
}
