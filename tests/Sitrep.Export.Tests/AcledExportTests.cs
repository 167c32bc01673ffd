using System.Globalization;
using CsvHelper;

namespace Sitrep.Export.Tests;

public sealed class AcledExportTests
{
    private static (string Csv, RecordExporter Exporter) Export()
    {
        var output = new StringWriter();
        var exporter = RecordExporter.Create(ExportFormat.Acled, output);
        exporter.Export([Fixture.Record()]);
        return (output.ToString(), exporter);
    }

    [Fact]
    public void Header_is_ACLEDs_columns_then_the_document_and_event()
    {
        Assert.StartsWith(
            "event_date,event_type,actor1,actor2,country,admin1,location,latitude,longitude,fatalities,source,notes,doc_id,event_id\r\n",
            Export().Csv,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Events_become_ACLED_rows_and_verbal_ones_are_left_out()
    {
        var (csv, exporter) = Export();
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<AcledRow>().ToList();
        Assert.Equal(["v1", "v3"], rows.Select(r => r.EventId));
        Assert.Equal(2, exporter.Skipped); // CONSULT; RETREAT 0871 has no mode, and a release without one is no ACLED event

        var shelling = rows[0];
        Assert.Equal(("2025-03-02", "Explosions/Remote violence", "Rebels", "", "Turkey", "Kars", 40.6, 43.1), (shelling.EventDate, shelling.EventType, shelling.Actor1, shelling.Actor2, shelling.Country, shelling.Location, shelling.Latitude, shelling.Longitude));
        // 12 and then 15 killed: the larger single figure, never 27.
        Assert.Equal(15, shelling.Fatalities);
        Assert.Equal("Rebels said \"we will fight, and win\" as shelling hit Kars,\nkilling 12 people", shelling.Notes);
        Assert.Equal(("feeds/kars,report.txt", "0123456789abcdef"), (shelling.Source, shelling.DocId));

        var arrest = rows[1];
        Assert.Equal(("Strategic developments", "Police", 0), (arrest.EventType, arrest.Actor1, arrest.Fatalities));
        Assert.Equal("2025-03-03", arrest.EventDate);
    }

    [Fact]
    public void An_assault_without_a_mode_is_exported_with_its_type_left_empty()
    {
        var record = Fixture.Record();
        record = record with { Events = [record.Events[0] with { Mode = null }] };
        using var output = new StringWriter();
        using var exporter = RecordExporter.Create(ExportFormat.Acled, output);
        exporter.Export([record]);
        using var reader = new CsvReader(new StringReader(output.ToString()), CultureInfo.InvariantCulture);
        var row = Assert.Single(reader.GetRecords<AcledRow>());
        Assert.Equal(("", 15), (row.EventType, row.Fatalities));
    }
}
