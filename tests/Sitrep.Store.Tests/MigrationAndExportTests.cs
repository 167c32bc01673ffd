using System.Globalization;
using CsvHelper;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Record;
using Sitrep.Export;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>Migrations bring an older store up to date; the stored records export as the records written do.</summary>
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
        // Back to version 1: drop what versions 2 and 3 added.
        Scalar(t.Path, "DROP INDEX entities_type_identity; DROP INDEX events_place; DROP INDEX events_place_country; DROP TABLE queue_messages; DROP TABLE identity_names; UPDATE store_meta SET value = '1' WHERE key = 'schema_version'");
        var ex = Assert.Throws<StoreException>(() => SqliteRecordStore.Open(t.Path, forWriting: false));
        Assert.Contains("older", ex.Message, StringComparison.Ordinal);
        using (var s = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            Assert.Equal(2, s.Counts()["documents"]);
        }

        Assert.Equal(StoreSchema.Latest.ToString(CultureInfo.InvariantCulture), Scalar(t.Path, "SELECT value FROM store_meta WHERE key = 'schema_version'"));
        Assert.Equal(1L, Scalar(t.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'events_place'"));
        // Version 3 counted the stored entities' names (identity_names), from which identities take their names.
        Assert.Equal(Scalar(t.Path, "SELECT count(*) FROM entities"), Scalar(t.Path, "SELECT sum(entities) FROM identity_names"));
    }

    private static string Export(IEnumerable<SitrepRecord> records, ExportFormat format, CsvKind kind = CsvKind.Events)
    {
        using var sw = new StringWriter();
        using (var exporter = RecordExporter.Create(format, sw, kind))
        {
            exporter.Export(records);
        }

        return sw.ToString();
    }

    [Fact]
    public void Every_export_of_the_stored_records_equals_the_export_of_the_records_written()
    {
        using var t = new TempStore();
        using var s = SqliteRecordStore.Open(t.Path, forWriting: true);
        s.Write(s_all);
        var stored = s.Records().ToList();
        Assert.Equal(2, stored.Count);
        foreach (var format in new[] { ExportFormat.Jsonl, ExportFormat.Gdelt, ExportFormat.Acled })
        {
            Assert.Equal(Export(s_all, format), Export(stored, format));
        }

        foreach (var kind in Enum.GetValues<CsvKind>())
        {
            Assert.Equal(Export(s_all, ExportFormat.Csv, kind), Export(stored, ExportFormat.Csv, kind));
        }
    }

    [Fact]
    public void Stored_events_export_as_csv_with_document_id_evidence_and_killed_count()
    {
        using var t = new TempStore();
        using var s = SqliteRecordStore.Open(t.Path, forWriting: true);
        s.Write(s_all);
        using var csv = new CsvReader(new StringReader(Export(s.Records(), ExportFormat.Csv)), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<CsvEventRow>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal((s_all[1].Document.Id, "the army", 12), (rows[1].DocId, rows[1].Evidence, rows[1].Killed));
    }
}
