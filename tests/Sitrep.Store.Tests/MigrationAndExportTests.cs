using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Record;
using Sitrep.Store.Export;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>Migrations bring an older store up to date; exports parse back with the documented columns.</summary>
public sealed class MigrationAndExportTests
{
    private static readonly SitrepRecord[] s_all = [Records.Article("a.txt", Records.First), Records.Article("b.txt", "Army day. Anna Kim said “the army, again, \"fired\"” in Harbourtown.")];

    private static object? Scalar(string path, string sql)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    [Fact]
    public void An_older_store_is_migrated_by_a_writer_and_refused_by_a_reader()
    {
        using var t = new TempStore();
        using (var s = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            s.Write(s_all);
        }

        Assert.Equal(StoreSchema.Latest.ToString(CultureInfo.InvariantCulture), Scalar(t.Path, "SELECT value FROM store_meta WHERE key = 'schema_version'"));
        // Back to version 1: drop what version 2 added.
        Scalar(t.Path, "DROP INDEX entities_type_identity; DROP INDEX events_place; DROP INDEX events_place_country; UPDATE store_meta SET value = '1' WHERE key = 'schema_version'");
        var ex = Assert.Throws<StoreException>(() => SqliteRecordStore.Open(t.Path, forWriting: false));
        Assert.Contains("older", ex.Message, StringComparison.Ordinal);
        using (var s = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            Assert.Equal(2, s.Counts()["documents"]);
        }

        Assert.Equal("2", Scalar(t.Path, "SELECT value FROM store_meta WHERE key = 'schema_version'"));
        Assert.Equal(1L, Scalar(t.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'events_place'"));
    }

    private static List<string[]> Parse(string text, string delimiter)
    {
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, HasHeaderRecord = false, BadDataFound = null });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i) ?? "").ToArray());
        }

        return rows;
    }

    [Fact]
    public void Csv_rows_carry_document_id_and_evidence_and_survive_quotes_and_commas()
    {
        var sw = new StringWriter();
        Assert.Equal(2, RecordExporter.Write(s_all, ExportFormat.Csv, sw));
        var rows = Parse(sw.ToString(), ",");
        Assert.Equal(RecordExporter.CsvColumns, rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.All(rows.Skip(1), r => Assert.Equal(RecordExporter.CsvColumns.Length, r.Length));
        Assert.Equal(s_all[1].Document.Id, rows[2][0]);
        Assert.Equal("the army", rows[2][Array.IndexOf(RecordExporter.CsvColumns, "evidence")]);
        Assert.Equal("12", rows[1][Array.IndexOf(RecordExporter.CsvColumns, "fatalities")]);
    }

    [Fact]
    public void Gdelt_rows_have_the_61_columns_with_cameo_root_and_dates()
    {
        var sw = new StringWriter();
        RecordExporter.Write(s_all, ExportFormat.Gdelt, sw);
        var rows = Parse(sw.ToString(), "\t");
        Assert.Equal(2, rows.Count);
        Assert.Equal(61, RecordExporter.GdeltColumns.Length);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        var r0 = rows[0];
        Assert.Equal("20250303", r0[1]);
        Assert.Equal("18", r0[Array.IndexOf(RecordExporter.GdeltColumns, "EventRootCode")]);
        Assert.Equal("4", r0[Array.IndexOf(RecordExporter.GdeltColumns, "QuadClass")]);
        Assert.Equal("MLT", r0[Array.IndexOf(RecordExporter.GdeltColumns, "ActionGeo_CountryCode")]);
        Assert.Equal("12345", r0[Array.IndexOf(RecordExporter.GdeltColumns, "ActionGeo_FeatureID")]);
        Assert.EndsWith("#" + s_all[0].Document.Id, r0[60], StringComparison.Ordinal);
    }

    [Fact]
    public void Acled_rows_have_the_acled_columns()
    {
        var sw = new StringWriter();
        RecordExporter.Write(s_all, ExportFormat.Acled, sw);
        var rows = Parse(sw.ToString(), ",");
        Assert.Equal(["event_date", "event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "fatalities", "source", "notes"], rows[0].Take(12));
        Assert.Equal("Political violence", rows[1][1]);
        Assert.Equal("Harbourtown", rows[1][6]);
        Assert.Equal("Army", rows[1][2]);
    }

    [Fact]
    public void Every_mapped_plover_category_has_a_two_digit_cameo_root()
    {
        foreach (string c in CameoMap.Categories)
        {
            Assert.Matches("^(0[1-9]|1[0-9]|20)$", CameoMap.Root(c)!);
        }

        Assert.Null(CameoMap.Root("UNKNOWN"));
        Assert.Equal(1, CameoMap.QuadClass("04"));
        Assert.Equal(3, CameoMap.QuadClass("12"));
    }
}
