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
        OlderStore.Sqlite(t.Path, 1, s_all);
        var ex = Assert.Throws<StoreException>(() => SqliteRecordStore.Open(t.Path, forWriting: false));
        Assert.Contains("older", ex.Message, StringComparison.Ordinal);
        using (var s = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            s.Write(s_all);
            Assert.Equal(2, s.Counts()["documents"]);
        }

        Assert.Equal(StoreSchema.Latest.ToString(CultureInfo.InvariantCulture), Scalar(t.Path, "SELECT value FROM store_meta WHERE key = 'schema_version'"));
        Assert.Equal(1L, Scalar(t.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'events_place'"));
        Assert.Equal(1L, Scalar(t.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'corrections'"));
        Assert.Equal(1L, Scalar(t.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'duplicates'"));
        Assert.Equal(1L, Scalar(t.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'identity_names'"));
        // The names version 7 counted from the stored entities, from which identities take their names.
        Assert.Equal(Scalar(t.Path, "SELECT count(*) FROM entities"), Scalar(t.Path, "SELECT sum(entities) FROM identity_names"));
    }

    [Fact]
    public void Quotes_keep_the_speakers_principal_and_a_migrated_store_takes_it_from_the_stored_records()
    {
        SitrepRecord[] records = [Records.WithPrincipal(s_all[0], "e2"), s_all[1]];
        using var fresh = new TempStore();
        using (var s = SqliteRecordStore.Open(fresh.Path, forWriting: true))
        {
            s.Write(records);
            var rows = s.Query(new StoreQuery(QueryKind.Quotes) { Who = "Kim" });
            int col = rows.Columns.ToList().IndexOf("speaker_principal_name");
            Assert.Single(rows.Rows, r => r[col] as string == "Army");
            Assert.Single(rows.Rows, r => r[col] is null);
        }

        const string Principals = "SELECT group_concat(doc_id || ':' || quote_id || ':' || coalesce(speaker_principal, '-') || ':' || coalesce(speaker_principal_name, '-'), ' ') FROM (SELECT * FROM quotes ORDER BY doc_id, quote_id)";
        using var older = new TempStore();
        OlderStore.Sqlite(older.Path, OlderStore.Before("speaker_principal"), records);
        using (SqliteRecordStore.Open(older.Path, forWriting: true))
        {
        }

        Assert.Equal(Scalar(fresh.Path, Principals), Scalar(older.Path, Principals));
        Assert.Contains(":e2:Army", (string)Scalar(older.Path, Principals)!, StringComparison.Ordinal);
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
