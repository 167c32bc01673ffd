using System.Globalization;
using Sitrep.Core.Record;

namespace Sitrep.Export.Tests;

public sealed class GdeltExportTests
{
    // The GDELT 2.0 Events table's columns as its codebook lists them, written out here independently of the exporter.
    private static readonly string[] s_gdelt2 =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    private static (string Text, GdeltExporter Exporter) Export(params SitrepRecord[] records)
    {
        var output = new StringWriter();
        var exporter = new GdeltExporter(output, ExportTables.Shared);
        exporter.Export(records);
        return (output.ToString(), exporter);
    }

    private static Dictionary<string, string> Row(string line)
    {
        var fields = line.Split('\t');
        Assert.Equal(61, fields.Length);
        return s_gdelt2.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => fields[x.i], StringComparer.Ordinal);
    }

    [Fact]
    public void Columns_are_the_61_of_the_GDELT_2_events_table_in_order()
    {
        Assert.Equal(61, s_gdelt2.Length);
        Assert.Equal(s_gdelt2, GdeltExporter.Columns);
    }

    [Fact]
    public void Every_event_is_one_line_of_exactly_61_tab_separated_fields_without_header()
    {
        var (text, exporter) = Export(Fixture.Record(), Fixture.Record("feeds/line\nbreak\tin source.txt"));
        Assert.DoesNotContain('\r', text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.Equal(8, exporter.Rows);
        Assert.All(lines, l => Assert.Equal(60, l.Count(c => c == '\t')));
        Assert.Equal("feeds/line break in source.txt", Row(lines[^1])["SOURCEURL"]);
    }

    [Fact]
    public void An_assault_with_heavy_weapons_at_a_town()
    {
        var row = Row(Export(Fixture.Record()).Text.Split('\n')[0]);
        Assert.Equal(("20250302", "202503", "2025"), (row["SQLDATE"], row["MonthYear"], row["Year"]));
        Assert.Equal((2025 + (62 / 365.0)).ToString("0.####", CultureInfo.InvariantCulture), row["FractionDate"]);
        // Romania is ROU in ISO 3166 but ROM in CAMEO.
        Assert.Equal(("ROM", "REBELS", "ROM"), (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"]));
        Assert.Equal(("194", "194", "19", "4", "-10.0"), (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]));
        Assert.Equal(("1", "1", "1", ""), (row["NumMentions"], row["NumSources"], row["NumArticles"], row["AvgTone"]));
        Assert.Equal(("4", "Kars, Turkey", "TU", "40.6", "43.1", "743952"), (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"], row["ActionGeo_Lat"], row["ActionGeo_Long"], row["ActionGeo_FeatureID"]));
        Assert.Equal(("1", "Romania", "RO", "RO"), (row["Actor1Geo_Type"], row["Actor1Geo_FullName"], row["Actor1Geo_CountryCode"], row["Actor1Geo_FeatureID"]));
        Assert.Equal(("20250303000000", "feeds/kars,report.txt"), (row["DATEADDED"], row["SOURCEURL"]));
        Assert.Equal("1", row["IsRootEvent"]);
    }

    [Fact]
    public void A_meeting_in_a_country_with_a_week_for_a_date()
    {
        var row = Row(Export(Fixture.Record()).Text.Split('\n')[1]);
        // "2025-W10" names no day: the publication date stands in.
        Assert.Equal("20250303", row["SQLDATE"]);
        Assert.Equal(("040", "04", "1", "1.0"), (row["EventCode"], row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]));
        Assert.Equal(("ROM", "ROMANIA", "ROM"), (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"]));
        Assert.Equal(("TUR", "TURKISH ENVOYS"), (row["Actor2CountryCode"], row["Actor2Name"]));
        // Turkey's GeoNames id is the country's: a country-level location.
        Assert.Equal(("1", "Turkey", "TU", "TU", "TU"), (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"], row["ActionGeo_ADM1Code"], row["ActionGeo_FeatureID"]));
        Assert.Equal("0", row["IsRootEvent"]);
    }

    [Fact]
    public void A_CAMEO_code_on_the_event_is_kept()
    {
        var row = Row(Export(Fixture.Record()).Text.Split('\n')[3]);
        Assert.Equal(("0871", "087", "08", "2", "9.0"), (row["EventCode"], row["EventBaseCode"], row["EventRootCode"], row["QuadClass"], row["GoldsteinScale"]));
    }

    [Fact]
    public void An_event_of_no_known_category_is_skipped_and_counted()
    {
        var record = Fixture.Record() with { Events = [new RecordEvent { Id = "v1", Type = "DANCE", Evidence = new RecordSpan(0, 5) }] };
        var (text, exporter) = Export(record);
        Assert.Equal("", text);
        Assert.Equal(1, exporter.Skipped);
    }

    [Fact]
    public void Event_ids_are_stable_integers_distinct_per_event()
    {
        var ids = Export(Fixture.Record()).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => long.Parse(l.Split('\t')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal((0x0123456789abL * 1000) + 3, ids[2]);
        Assert.Equal(ids, Export(Fixture.Record()).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => long.Parse(l.Split('\t')[0], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_known_organisation_gets_its_CAMEO_group_code()
    {
        var record = Fixture.Record();
        record = record with
        {
            Entities = [.. record.Entities, new Sitrep.Core.Record.RecordEntity { Id = "e9", Type = "ORG", Name = "UN" }],
            Events = [record.Events[1] with { Source = "e9", SourceCountry = null }],
        };
        var row = Row(Export(record).Text.TrimEnd('\n'));
        Assert.Equal(("UNO", "UN", "", "UNO"), (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"], row["Actor1KnownGroupCode"]));
        Assert.Equal("EEC", ExportTables.Shared.Group("European Union"));
        Assert.Equal("NAT", ExportTables.Shared.Group("NATO"));
        Assert.Null(ExportTables.Shared.Group("Rebels"));
        Assert.Null(ExportTables.Shared.Group("AL")); // two-letter initials are not derived (Arab League)
    }

    [Theory]
    [InlineData(1979, 1, 1, "1979.0027")]
    [InlineData(1979, 12, 31, "1979.989")]
    [InlineData(2003, 4, 4, "2003.2575")]
    [InlineData(2020, 7, 2, "2020.4986")]
    public void FractionDate_is_computed_as_GDELT_writes_it(int y, int m, int d, string expected)
        => Assert.Equal(expected, GdeltExporter.FractionDate(new DateOnly(y, m, d)));
}
