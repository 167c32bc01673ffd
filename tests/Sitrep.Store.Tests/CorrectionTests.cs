using Sitrep.Core.Record;
using Sitrep.Export;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>Corrections live in their own table beside the machine's reading; the places query; a record as reviewed.</summary>
public sealed class CorrectionTests
{
    private static readonly RecordCorrection s_speaker = new()
    {
        Item = "quote", ItemId = "q1", Action = "correct", Field = "speaker", Machine = "Anna Kim", Value = "Army", Note = "the army spoke", Created = "2025-03-05T10:00:00Z",
    };

    private static readonly RecordCorrection s_type = new() { Item = "event", ItemId = "v1", Action = "correct", Field = "type", Machine = "ASSAULT", Value = "COERCE", Created = "2025-03-05T10:01:00Z" };

    private static readonly RecordCorrection s_wrongFinding = new() { Item = "finding", ItemId = "0", Action = "wrong", Machine = "Two dates.", Created = "2025-03-05T10:02:00Z" };

    private static void Check(IRecordStore store)
    {
        var record = Records.Article("a.txt", Records.First);
        store.Write([record, Records.Article("b.txt", Records.Second)]);
        string before = RecordWriter.ToJson(store.Record(record.Document.Id)!, false);
        var a = store.AddCorrection(record.Document.Id, s_speaker);
        var b = store.AddCorrection(record.Document.Id, s_type);
        Assert.True(b.Id > a.Id && a.Id > 0);
        Assert.Equal([s_speaker with { Id = a.Id }, s_type with { Id = b.Id }], store.Corrections(record.Document.Id));
        Assert.Empty(store.Corrections(RecordWriter.DocumentId(Records.Second)));
        Assert.Equal(before, RecordWriter.ToJson(store.Record(record.Document.Id)!, false)); // the machine's reading is untouched

        var places = store.Query(new StoreQuery(QueryKind.Places));
        Assert.Equal(["name", "country", "lat", "lon", "geonames_id", "documents"], places.Columns);
        var row = Assert.Single(places.Rows);
        Assert.Equal("Harbourtown", row[0]);
        Assert.Equal(1L, Convert.ToInt64(row[5], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(store.Query(new StoreQuery(QueryKind.Places) { Where = "mlt" }).Rows);
        Assert.Empty(store.Query(new StoreQuery(QueryKind.Places) { Where = "Elsewhere" }).Rows);
    }

    [Fact]
    public void Sqlite_keeps_corrections_beside_the_record()
    {
        using var t = new TempStore();
        using (var s = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            Check(s);
        }

        // Readable by a reader; a rerun of the same record keeps them.
        using var again = SqliteRecordStore.Open(t.Path, forWriting: true);
        again.Write([Records.Article("a.txt", Records.First)]);
        Assert.Equal(2, again.Corrections(RecordWriter.DocumentId(Records.First)).Count);
    }

    [PostgresFact]
    public void Postgres_keeps_corrections_beside_the_record()
    {
        using var db = new TempDatabase();
        using var s = PostgresRecordStore.Open(db.Url, forWriting: true);
        Check(s);
    }

    [Fact]
    public void A_reviewed_record_applies_the_corrections_and_carries_them()
    {
        var record = Records.Article("a.txt", Records.First);
        var reviewed = ReviewedRecord.Apply(record, [s_speaker, s_type, s_wrongFinding]);
        var q = Assert.Single(reviewed.Quotes);
        Assert.Equal(("Army", "e2"), (q.SpeakerName, q.Speaker));
        var e = Assert.Single(reviewed.Events);
        Assert.Equal(("COERCE", (string?)null), (e.Type, e.Cameo));
        Assert.Empty(reviewed.Findings);
        Assert.Equal(3, reviewed.Corrections!.Count);
        Assert.Equal("ASSAULT", Assert.Single(record.Events).Type); // the input is not changed

        var untouched = ReviewedRecord.Apply(record, []);
        Assert.Equal(record.Quotes, untouched.Quotes);
        Assert.Empty(untouched.Corrections!);
        Assert.Contains("\"corrections\":[]", RecordWriter.ToJson(untouched, false), StringComparison.Ordinal);
        Assert.DoesNotContain("\"corrections\"", RecordWriter.ToJson(record, false), StringComparison.Ordinal);
    }
}
